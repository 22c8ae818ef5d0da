export function dayType(day) {
  const clean = day.trim().toLowerCase();

  switch (clean) {
    case 'saturday':
    case 'sunday':
    case 'sábado':
    case 'domingo':
      return 'weekend';
    case 'monday':
    case 'tuesday':
    case 'wednesday':
    case 'thursday':
    case 'friday':
    case 'lunes':
    case 'martes':
    case 'miércoles':
    case 'jueves':
    case 'viernes':
      return 'weekday';
    default:
      return 'unknown';
  }
}
