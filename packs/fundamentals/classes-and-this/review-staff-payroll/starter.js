export class Employee {
  // Your code here
}

export class HourlyEmployee extends Employee {
  // Your code here
}

export class Contractor extends Employee {
  // Your code here
}

export class Payroll {
  // Your code here
}
