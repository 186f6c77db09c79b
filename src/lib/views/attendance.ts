/**
 * Who attended which meeting: the attendance records of events, as printable versions, and the
 * participants × meetings matrix of /attendance/. One cell per attendance record; a record with
 * several versions (sources that disagree) keeps every version with its own sources.
 */
import {
	toSourceRefs,
	type ContentIndex,
	type Link,
	type SourceRef,
} from '../content/content-index.ts';
import { ATTENDANCE_BASIS_TERMS, ATTENDANCE_STATUS_TERMS, type AttendanceBasis } from './labels.ts';
import { groupParticipants } from './participants.ts';
import type { AttendanceRecord, AttendanceStatus } from '../schema/event.ts';
import type { StoryOptions } from './story.ts';
import { urls } from '../urls.ts';
import { toWhenView, type WhenView } from '../when.ts';

/** One account of how a participant took part, with its sources. */
export interface AttendanceVersionView {
	status: AttendanceStatus;
	statusLabel: string;
	basis: AttendanceBasis;
	basisLabel: string;
	note?: string;
	sources: SourceRef[];
}

/** A participant at a meeting: every version the sources give. */
export interface AttendanceCell {
	/** Element id of the cell, the target of `urls.attendanceRecord(event, participant)`. */
	id: string;
	versions: AttendanceVersionView[];
	/** True when sources give more than one version. */
	disputed: boolean;
}

/** A meeting, as a column of the matrix. */
export interface MeetingColumn {
	/** The event id; also the id of the column header. */
	id: string;
	title: string;
	/** The event on the timeline. */
	href: string;
	when: WhenView;
}

/** A participant, as a row of the matrix; `cells` line up with `AttendanceMatrix.meetings`. */
export interface AttendanceRow {
	id: string;
	name: string;
	href: string;
	cells: Array<AttendanceCell | undefined>;
}

/** The matrix of /attendance/. */
export interface AttendanceMatrix {
	meetings: MeetingColumn[];
	/** Rows in the groups of /participants/ (only groups with a record). */
	groups: Array<{ id: string; heading: string; rows: AttendanceRow[] }>;
	/** How many attendance records (cells) there are. */
	recordCount: number;
	/** The table's caption, with its size, e.g. "Who attended: 22 participants × 1 meeting, …". */
	caption: string;
}

/** The element id of one cell: `<event>--<participant>`. */
export function toCellId(eventId: string, participantId: string): string {
	return `${eventId}--${participantId}`;
}

/** A record's versions, with labels and source links. */
export function toAttendanceVersions(
	index: ContentIndex,
	record: AttendanceRecord,
): AttendanceVersionView[] {
	return record.versions.map((version) => {
		const view: AttendanceVersionView = {
			status: version.status,
			statusLabel: ATTENDANCE_STATUS_TERMS[version.status].label,
			basis: version.basis,
			basisLabel: ATTENDANCE_BASIS_TERMS[version.basis].label,
			sources: toSourceRefs(index, version.sources),
		};
		if (version.note) view.note = version.note;
		return view;
	});
}

/** One cell of the matrix. */
export function toAttendanceCell(
	index: ContentIndex,
	eventId: string,
	record: AttendanceRecord,
): AttendanceCell {
	return {
		id: toCellId(eventId, record.participant),
		versions: toAttendanceVersions(index, record),
		disputed: record.versions.length > 1,
	};
}

/** A one-line summary of a record, e.g. "In person (reported)" or "Remote (expected) / In person (reported)". */
export function summariseAttendance(record: AttendanceRecord): string {
	return record.versions
		.map(
			(version) =>
				`${ATTENDANCE_STATUS_TERMS[version.status].label} (${ATTENDANCE_BASIS_TERMS[version.basis].label})`,
		)
		.join(' / ');
}

/** Participants × meetings: a row per participant with any record, a cell per record. */
export function buildAttendanceMatrix(index: ContentIndex, story: StoryOptions): AttendanceMatrix {
	const { meetings } = index;
	const records = new Map<string, AttendanceCell>();
	for (const meeting of meetings) {
		for (const record of meeting.data.attendance) {
			records.set(
				toCellId(meeting.id, record.participant),
				toAttendanceCell(index, meeting.id, record),
			);
		}
	}
	const withRecords = new Set(
		meetings.flatMap((meeting) => meeting.data.attendance.map((record) => record.participant)),
	);
	const participants = index.content.participants.filter((participant) =>
		withRecords.has(participant.id),
	);
	const groups = groupParticipants(index, participants, story).map((group) => ({
		id: group.id,
		heading: group.heading,
		rows: group.members.map((member): AttendanceRow => ({
			id: member.id,
			name: member.name,
			href: member.href,
			cells: meetings.map((meeting) => records.get(toCellId(meeting.id, member.id))),
		})),
	}));
	const rowCount = groups.reduce((sum, group) => sum + group.rows.length, 0);
	const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
	return {
		caption: `Who attended: ${plural(rowCount, 'participant')} × ${plural(meetings.length, 'meeting')}, ${plural(records.size, 'attendance record')}`,
		meetings: meetings.map((meeting) => ({
			id: meeting.id,
			title: meeting.data.title,
			href: urls.event(meeting.id),
			when: toWhenView(meeting.data.when),
		})),
		groups,
		recordCount: records.size,
	};
}

/** A participant's records across meetings, oldest meeting first, for their page. */
export function getParticipantAttendance(
	index: ContentIndex,
	participantId: string,
): Array<{ meeting: Link; when: WhenView; cellHref: string; cell: AttendanceCell }> {
	return index.attendanceOf(participantId).map(({ meeting, record }) => ({
		meeting: { href: urls.event(meeting.id), label: meeting.data.title },
		when: toWhenView(meeting.data.when),
		cellHref: urls.attendanceRecord(meeting.id, participantId),
		cell: toAttendanceCell(index, meeting.id, record),
	}));
}
