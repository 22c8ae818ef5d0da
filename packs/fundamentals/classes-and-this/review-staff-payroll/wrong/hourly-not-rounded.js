// Wrong: forgets to round the hourly pay, and the contractor's payslip repeats the whole line
// instead of reusing super.payslip().
export class Employee {
  constructor(name, monthlySalary) {
    this.name = name;
    this.monthlySalary = monthlySalary;
  }

  get monthlyPay() {
    return this.monthlySalary;
  }

  payslip() {
    return `${this.name}: $${(this.monthlyPay / 100).toFixed(2)}`;
  }
}

export class HourlyEmployee extends Employee {
  constructor(name, hourlyRate, hours) {
    super(name, 0);
    this.hourlyRate = hourlyRate;
    this.hours = hours;
  }

  get monthlyPay() {
    return this.hourlyRate * this.hours;
  }
}

export class Contractor extends Employee {
  payslip() {
    return `${this.name}: $${this.monthlyPay / 100} (invoice)`;
  }
}

export class Payroll {
  constructor() {
    this.workers = [];
  }

  add(worker) {
    this.workers.push(worker);
  }

  get total() {
    return this.workers.reduce((sum, worker) => sum + worker.monthlyPay, 0);
  }

  payslips() {
    return [...this.workers]
      .sort((a, b) => a.name.localeCompare(b.name))
      .map((worker) => worker.payslip());
  }

  get highestPaid() {
    let best = null;
    for (const worker of this.workers) {
      if (best === null || worker.monthlyPay > best.monthlyPay) {
        best = worker;
      }
    }
    return best === null ? null : best.name;
  }
}
