// A sample statement export, as the bank's website gives it.
export const may = `2024-05-02 | OXXO SUC MERIDA CENTRO | -45.50
2024-05-03 | TRANSFERENCIA ACME LLC | +18,500.00
2024-05-03 | Café Ñandú | -89.00

2024-05-10 | CFE SUMINISTRO | -1,240.00
2024-05-28 | Transferencia Acme LLC | +18,500.00
2024-06-01 | CAFE ÑANDU | -120.00`;
