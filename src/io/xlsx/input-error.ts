import { InputProblem } from '../../core/input-problems';

/** Thrown by the adapters when a workbook cannot be used; the host words it with describeProblem(). */
export class InputError extends Error {
  constructor(readonly problem: InputProblem) {
    super(problem.kind);
    this.name = 'InputError';
  }
}
