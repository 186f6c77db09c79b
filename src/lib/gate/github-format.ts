/**
 * The gate's problems as GitHub Actions workflow commands, so a pull request shows each one as an
 * annotation on the line it is about. `npm run check:content -- --format github` prints these.
 * https://docs.github.com/en/actions/reference/workflows-and-actions/workflow-commands
 */
import { formatProblem, type Problem } from './problem.ts';

/**
 * Escapes a command's message. GitHub reads `%`, CR and LF as part of the command syntax, so they
 * are percent-encoded, as `escapeData` in @actions/core does.
 */
export function escapeData(text: string): string {
	return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escapes a property value (file, title): as a message, plus `:` and `,`, which separate properties. */
export function escapeProperty(text: string): string {
	return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * `::error file=content/x.md,line=12,title=body::raw HTML is not allowed — …`. The title is the
 * field, so the annotation reads "body" or "when.date" in bold above the message; a problem
 * without a known line is attached to the file as a whole.
 */
export function formatGithubAnnotation(problem: Problem): string {
	const properties = [`file=${escapeProperty(problem.file)}`];
	if (problem.line !== undefined) properties.push(`line=${problem.line}`);
	properties.push(`title=${escapeProperty(problem.field)}`);
	return `::${problem.severity} ${properties.join(',')}::${escapeData(problem.message)}`;
}

/** The output formats of the command-line checks, by the name given to `--format`. */
export const PROBLEM_FORMATS = {
	text: formatProblem,
	github: formatGithubAnnotation,
} as const satisfies Record<string, (problem: Problem) => string>;

/** The formatter named by `--format`, or undefined for an unknown name. */
export function getProblemFormat(name: string): ((problem: Problem) => string) | undefined {
	return Object.hasOwn(PROBLEM_FORMATS, name)
		? PROBLEM_FORMATS[name as keyof typeof PROBLEM_FORMATS]
		: undefined;
}
