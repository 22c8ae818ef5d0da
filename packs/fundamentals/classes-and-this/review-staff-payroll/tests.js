import { describe, test, expect } from '@jest/globals';
import { Employee, HourlyEmployee, Contractor, Payroll } from './solution';

const makePayroll = () => {
  const payroll = new Payroll();
  payroll.add(new Employee("Ximena", 4500000));
  payroll.add(new HourlyEmployee("Iván", 18050, 80.5));
  payroll.add(new Contractor("Óscar", 3000000));
  return payroll;
};

describe('Employee', () => {
  test('pays the monthly salary', () => {
    expect(new Employee("Ximena", 4500000).monthlyPay).toBe(4500000);
  });

  test('writes a payslip with two decimals', () => {
    expect(new Employee("Ximena", 4500000).payslip()).toBe("Ximena: $45000.00");
    expect(new Employee("Ana", 1234505).payslip()).toBe("Ana: $12345.05");
  });
});

describe('HourlyEmployee', () => {
  test('is an Employee', () => {
    expect(new HourlyEmployee("Iván", 18050, 80.5)).toBeInstanceOf(Employee);
  });

  test('pays rate × hours, rounded to the centavo', () => {
    expect(new HourlyEmployee("Iván", 18050, 80.5).monthlyPay).toBe(1453025);
    expect(new HourlyEmployee("Iván", 333, 0.5).monthlyPay).toBe(167);
  });

  test('its payslip uses the hourly pay', () => {
    expect(new HourlyEmployee("Iván", 18050, 80.5).payslip()).toBe("Iván: $14530.25");
  });
});

describe('Contractor', () => {
  test('is an Employee paid its invoice', () => {
    const oscar = new Contractor("Óscar", 3000000);
    expect(oscar).toBeInstanceOf(Employee);
    expect(oscar.monthlyPay).toBe(3000000);
  });

  test('marks its payslip as an invoice', () => {
    expect(new Contractor("Óscar", 3000000).payslip()).toBe("Óscar: $30000.00 (invoice)");
  });
});

describe('Payroll', () => {
  test('adds up everyone\'s pay', () => {
    expect(makePayroll().total).toBe(8953025);
  });

  test('lists payslips sorted by name', () => {
    expect(makePayroll().payslips()).toEqual([
      "Iván: $14530.25",
      "Óscar: $30000.00 (invoice)",
      "Ximena: $45000.00",
    ]);
  });

  test('the first worker added wins a tie, even after payslips()', () => {
    const payroll = new Payroll();
    payroll.add(new Employee("Zoé", 2000000));
    payroll.add(new Contractor("Ana", 2000000));
    expect(payroll.highestPaid).toBe("Zoé");
    payroll.payslips();
    expect(payroll.highestPaid).toBe("Zoé");
  });

  test('finds the highest paid, whatever the kind of worker', () => {
    const payroll = makePayroll();
    payroll.add(new HourlyEmployee("Zoé", 100000, 50));
    expect(payroll.highestPaid).toBe("Zoé");
  });

  test('an empty payroll totals 0 and has no highest paid', () => {
    const payroll = new Payroll();
    expect(payroll.total).toBe(0);
    expect(payroll.payslips()).toEqual([]);
    expect(payroll.highestPaid).toBeNull();
  });

  test('payrolls are separate', () => {
    const a = makePayroll();
    const b = new Payroll();
    b.add(new Employee("Eva", 100));
    expect(a.total).toBe(8953025);
    expect(b.total).toBe(100);
  });
});
