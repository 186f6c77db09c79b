import { describe, expect, it } from 'vitest';
import {
	buildAttendanceMatrix,
	getParticipantAttendance,
	summariseAttendance,
	toCellId,
} from '../../../src/lib/views/attendance.ts';
import { indexContent } from '../../../src/lib/content/content-index.ts';
import { urls } from '../../../src/lib/urls.ts';
import { SAMPLE_STORY, sampleContent } from '../../helpers/sample-content.ts';

const content = sampleContent();
const index = indexContent(content);
const matrix = buildAttendanceMatrix(index, SAMPLE_STORY);

describe('buildAttendanceMatrix', () => {
	it('has a column per meeting and a row per participant with a record, in participant groups', () => {
		expect(matrix.meetings).toEqual([
			{
				id: '2025-03-11-meeting',
				title: 'Chiefs meet',
				href: '/timeline/#2025-03-11-meeting',
				when: { text: '11 March 2025', datetime: '2025-03-11' },
			},
		]);
		expect(matrix.groups.map((group) => [group.heading, group.rows.map((row) => row.id)])).toEqual([
			['The United States', ['united-states']],
			['EU members outside NATO', ['ireland']],
			['Partners expected to join remotely', ['japan']],
			['Other countries in the attendance list', ['france']],
			['People', ['jane-doe']],
		]);
		expect(matrix.caption).toBe('Who attended: 5 participants × 1 meeting, 5 attendance records');
	});

	it('makes one cell per attendance record, whose id is the target of urls.attendanceRecord', () => {
		const cells = matrix.groups.flatMap((group) => group.rows.flatMap((row) => row.cells));
		expect(cells.filter(Boolean)).toHaveLength(matrix.recordCount);
		expect(matrix.recordCount).toBe(5);
		expect(`/attendance/#${toCellId('2025-03-11-meeting', 'japan')}`).toBe(
			urls.attendanceRecord('2025-03-11-meeting', 'japan'),
		);
	});

	it('keeps every version of a disputed record, each with its label, basis and sources', () => {
		const us = matrix.groups[0]?.rows[0]?.cells[0];
		expect(us).toEqual({
			id: '2025-03-11-meeting--united-states',
			disputed: true,
			versions: [
				{
					status: 'not-invited',
					statusLabel: 'Not invited',
					basis: 'confirmed',
					basisLabel: 'confirmed',
					note: 'Left out.',
					sources: [{ id: 'wire-a', href: '/sources/#wire-a', label: 'AP (via WKMG)' }],
				},
				{
					status: 'absent',
					statusLabel: 'Absent',
					basis: 'expected',
					basisLabel: 'expected',
					sources: [{ id: 'outlet-b', href: '/sources/#outlet-b', label: 'Le Monde' }],
				},
			],
		});
	});
});

describe('attendance of one participant', () => {
	it('lists their records by meeting, with a link to the cell', () => {
		const records = getParticipantAttendance(index, 'jane-doe');
		expect(
			records.map((record) => [record.meeting.label, record.cellHref, record.cell.disputed]),
		).toEqual([['Chiefs meet', '/attendance/#2025-03-11-meeting--jane-doe', false]]);
		expect(getParticipantAttendance(index, 'russia')).toEqual([]);
	});

	it('sums a record up in one line', () => {
		const record = content.events[0]?.data.attendance[1];
		expect(record && summariseAttendance(record)).toBe(
			'Not invited (confirmed) / Absent (expected)',
		);
	});
});
