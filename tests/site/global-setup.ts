/** Builds the fixture site once for every test of the `site` project. */
import { buildFixtureSite } from '../helpers/fixture-site.ts';

export default function setup() {
	buildFixtureSite();
}
