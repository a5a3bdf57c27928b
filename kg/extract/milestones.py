"""Milestones with their targets, who is responsible or involved, what they concern and produce;
and the collaborations between units that milestones establish.

Milestones come as list items ("- o ... Target: 2Q2011", with sub-items under a short
heading item such as "Schema"), as table rows (Markdown/HTML tables, or the two-column
table that plain text renders as alternating tab-indented lines), under sub-headings that
give their section ("On-going activities", whose first word is also their target) and
theme ("Collaboration on Cloud Standards (Priority 1)").
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from itertools import pairwise

from kg.extract.context import Context, block_spans, capitalise, in_ranges, unique
from kg.extract.dates import (
    LEADER,
    MONTH,
    TARGET_CLAUSE,
    TARGET_LABELLED,
    TARGET_WORD,
    counts_from_start,
    cued_target,
    is_occasion,
    month_number,
    parse_target,
    split_target,
)
from kg.extract.document_dates import document_year
from kg.extract.entities import is_participating, specification_mentions
from kg.extract.headers import front_matter_end
from kg.extract.names import ORG_HEADS
from kg.extract.statements import amended_texts
from kg.extract.structure import DAY_MONTH_WORDS, Block, Cell, Section, opens_with_target, sentences
from kg.model import prefilter
from kg.model.namespaces import slugify
from kg.model.patterns import without_brackets
from kg.model.records import Collaboration, Deliverable, Entity, Mention, Milestone, Spans, Target

PRIORITY = re.compile(r"(?:(?<!\s)\s+)?\(\s*Priority\s+(?P<priority>\d+)\s*\)\s*$", re.IGNORECASE)
HEADER_CELL = re.compile(
    r"^(milestones?|deliverables?|timeframe|target|date|due|activity|status|when|work\s+items?|items?|action"
    r"|owners?|responsible|lead|#|no\.?|number|notes?|remarks?|comments?|description|progress"
    r"|expected|planned|timing|completion|deadline|ready|delivery|step|start|end|finish|timeline|eta|schedule"
    r"|ref(?:erence)?|id|identifier|title|name|tasks?|phase|state|priority|assignee|editors?|topic|subject"
    r"|changes?|previous|revised|new|original|old|current|before|now|after|was|work\s+packages?"
    # an action table's "Who | What | When" ("By whom", "By when"), a plan's "Output", "Outcome"
    r"|who|what|by\s+whom|by\s+when|outputs?|outcomes?"
    # minutes' "Decision/Action" column (a table of a meeting's decisions and actions, "Item | Decision/Action
    # | Who | When")
    r"|decisions?\s*/\s*actions?|actions?\s*/\s*decisions?"
    # the same columns in German (a DIN or DKE register: "Arbeitspaket | Federführung | Zieltermin | Stand")
    r"|arbeitspakete?|aufgaben?|ma(?:ß|ss)nahmen?|meilensteine?|ergebnisse?|vorhaben|aktivit(?:ä|ae)ten"
    r"|zieltermin|termin|frist|f(?:ä|ae)llig(?:keit)?|zeitrahmen|geplant|stand|federf(?:ü|ue)hrung"
    r"|verantwortlich|zust(?:ä|ae)ndig|nr\.?|bemerkungen?|anmerkungen?)(?!\w)",
    re.I,
)
LIGHT_VERB = re.compile(r"^Work\s+on\s+", re.IGNORECASE)
LABEL_CUT = re.compile(r"(?<!\s)\s+(?:on|that|as)\s+")
LIST_JOINT = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+|\s*/\s*)(?:the\s+)?"
TO_PRODUCE = re.compile(
    r"\b(?:to|will|shall)\s+(?:produce|deliver|publish|prepare|submit)\s+(?P<what>[^.;]+)", re.I
)
OUTPUT_IN_FORM = re.compile(
    r"\b(?:output|outputs|deliverables?|outcome)\s+(?:would|will|shall|is\s+to)\s+be\s+(?:in\s+the\s+form\s+of\s+)?"
    r"(?P<what>[^.;]+)",
    re.IGNORECASE,
)
JOINT_EFFORT = re.compile(r"\b(?:joint\s+effort\s+of|jointly\s+by|led\s+by|by\s+both)\s+", re.IGNORECASE)
BETWEEN = re.compile(r"\bbetween\s+", re.IGNORECASE)
OUTPUT_NOUNS = re.compile(
    r"\b(releases?|drafts?|documents?|reports?|white\s*papers?|updates?|profiles?)\b", re.I
)
REQUEST_NOUNS = re.compile(r"\b(requests?|submissions?|feedback|comments?)\b", re.IGNORECASE)
RELATIONSHIP = re.compile(
    r"\b(?:establish|create|form|set\s+up|build)\s+an?\s+(?P<noun>(?:work(?:ing)?\s+)?relationship)\s+between\s+"
    r"(?:the\s+)?(?P<a>.+?)\s+and\s+(?:the\s+)?(?P<b>[^.,;]+)",
    re.IGNORECASE,
)
RELATIVE_VERB = re.compile(r"\b(?:that|which)\s+(?P<verbs>[a-z]+(?:/[a-z]+)*)\b")
QUANTIFIER = re.compile(r"^(?:an?|the|some|a\s+set\s+of|a\s+number\s+of|sets?\s+of)\s+", re.IGNORECASE)


@dataclass
class Draft:
    """A milestone while its blocks are being collected."""

    blocks: list[Block]
    texts: list[str]
    label: str
    target: Target | None
    section: str | None
    theme: str | None
    priority: int | None
    is_row: bool = False
    children: list[Block] = field(default_factory=list)


# --- Reading the milestone sections -------------------------------------------------------------


STRONG_HEADING = re.compile(r"\b(milestones?|deliverables?|schedule|dates)\b", re.IGNORECASE)
CHILD_TARGET = re.compile(
    r"^(?:Target|Due|Timeframe|Deadline)\s*:?\s*(?P<target>[^\u2013\u2014;(]+)", re.IGNORECASE
)
# A row's number or identifier, not its item: "1", "(iv)", "a)", "D1", "WI-3", "A.2", "#4"
ORDINAL_CELL = re.compile(
    r"^\(?[0-9ivx]{1,4}[.)]?$|^[a-z][.)]$|^#?\d{1,3}$|^(?-i:[A-Z]{1,3})[-.]?\d{1,3}[a-z]?$", re.IGNORECASE
)


# Minutes' agenda item approving the agenda or the last report ("1.2 Approval of the agenda", "Adoption of the
# draft agenda", "Approval of the report of the 80th meeting"): a layout reading it as an approval section
# takes the rest of the record into it, whose actions are the meeting's
AGENDA_APPROVAL = re.compile(
    r"^\W{0,3}(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:approval|adoption)\s+of\s+(?:the\s+)?(?:draft\s+)?"
    r"(?:agenda|report|minutes|summary\s+report)|(?:agenda|report|minutes)\s+(?:approval|adoption))\b",
    re.IGNORECASE,
)


def agenda_approval(ctx: Context, section: Section) -> bool:
    """Whether an approval section of minutes is their agenda item approving the agenda or a report."""
    return (
        ctx.kind == "MeetingRecord"
        and section.kind == "approval"
        and bool(AGENDA_APPROVAL.match(section.title))
    )


def milestone_drafts(ctx: Context) -> list[Draft]:
    """Items and rows of the milestone sections; elsewhere, items that end on a target ("a. A joint
    glossary - target 2Q2023", a memorandum's deliverables). Under a weak heading ("Exhibit A",
    "Work items") only what has a target is a milestone: the rest are terms."""
    drafts = section_drafts(ctx)
    seen = {b.start for d in drafts for b in d.blocks}
    for section in ctx.layout.sections:
        if section.kind == "review":  # minutes' "Review of the work register": its items reported on
            drafts += [item_draft(b, None, None, None, None) for b in section.blocks if reported(b, seen)]
            continue
        if section.kind in ("milestones", "contacts", "approval", "history") and not agenda_approval(
            ctx, section
        ):
            continue
        header: list[str] | None = None
        periods: dict[int, str] = {}
        headed: Block | None = None
        item: Block | None = None  # an item whose target may be the field line after it
        record = RecordFields()
        after_row = False  # the block before was a table's row
        led = False  # the block before led in rows written alone ("Add the following row after item 5:")
        last: Block | None = None
        # the heading the block stands under, an "Actions" one making a sentence owned and dated an action
        heading_text = section.heading.text if section.heading is not None else ""
        for block in section.blocks:
            heading_text = block.text if block.kind == "heading" else heading_text
            led, lead_in = leads_in(block), led
            last, before = block, last
            wrapped = replaced_under(before, block) if lead_in and before is not None else None
            if wrapped is not None:  # "Item 3 (X), column "Target":" / "replace "Q4 2027" by "Q2 2028"."
                drafts.append(wrapped)
                continue
            if after_row and is_row_number(block):  # a published spreadsheet's row number between rows
                after_row = False  # two numbers in a row: an empty row, which ends the table
                continue
            after_row = block.kind == "row"
            changed = moved_targets(block) if block.kind == "paragraph" and block.start not in seen else []
            if changed:  # "Item 3 (X) - new target date: 31 December 2027.": a change, not an item's field
                drafts += changed
                headed, item, header = None, None, None
                continue
            part, target = record.step(headed, block)
            if part:  # "Owner" / "HMC" / "Target" / "Q3 2026" under the item's title: its record's fields
                draft = titled_draft(headed, block, target, None, None, None) if target else None  # type: ignore[arg-type]
                drafts += [draft] if draft is not None and headed.start not in seen else []  # type: ignore[union-attr]
                headed = None if draft is not None else headed
                continue
            own = outcome_draft(block) if block.start not in seen else None
            if own is not None:  # "Deliverable: X (end of 2028)": the field's item, dated on its own line
                drafts.append(own)
                headed, item = None, None
                continue
            if names_an_item(block) and block.start not in seen:
                headed, item = block, None
                continue
            if headed is not None and is_field_line(block) and names_a_field(block):
                draft = headed_draft(headed, block, None, None, None)
                if draft is not None and not (drafts and drafts[-1].blocks[0] is headed):
                    drafts.append(draft)
                continue
            if item is not None and is_field_line(block) and field_of(block) is not None:
                if not split_item(item.text)[1]:
                    drafts.append(item_draft(item, None, None, None, None))
                    take_field(drafts[-1], block)
                item = None
                continue
            item = block if block.kind == "item" and block.start not in seen else None
            # elsewhere only a heading with a work item's identifier ("WI-3: ...", "Item 4 - ..."), or a
            # short line read as a heading for its shape, whose target is a field line under it
            short_line = not block.explicit and ONE_WORD_FIELD.match(block.text) is None
            titled = block.kind == "heading" and (ITEM_ID.match(block.text) or short_line or block.explicit)
            headed = block if titled else headed if describes(block, headed) else None
            fresh = block.kind in ("item", "paragraph", "heading") and block.start not in seen
            page = ctx.kind == "AlliancePage"
            actions = action_parts(block, ctx.kind == "MeetingRecord", page) if fresh else []
            actions = actions or (changed_rows(block) if fresh else [])
            moved = (moved_targets(block) or added_items(block)) if fresh else []
            if moved:
                drafts += moved  # "Item 3 (X): target changed from Q2 2027 to 31 Mar 2027."
                header = None
                continue
            listed = bracketed_list_parts(block) if fresh and block.kind in ("paragraph", "item") else []
            if listed:  # "Next steps include X (Q3 2027) and Y (H1 2028).": one work item a bracketed target
                drafts += [item_draft(part, None, None, None, None) for part in listed]
                continue
            upcoming = next_step_drafts(block) if fresh and block.kind in ("paragraph", "field") else []
            if upcoming:  # "... since 2025. Next: X, expected H2 2027." on a partner page
                drafts += upcoming
                continue
            piped = piped_row(block) if fresh and lead_in else None
            if piped is not None:  # "6 | X | Q3 2028 | open" after "Add the following row ...:"
                led = True  # the next row written alone is one more
                draft = row_draft(piped, None, None, None, None)
                drafts += [draft] if draft is not None and draft.target is not None else []
                continue
            if actions:
                # "AI-12: Ada Lind to send ... by 28 November 2025" under any heading: an action of minutes
                found = [item_draft(part, None, None, None, None, in_section=True) for part in actions]
                drafts += [draft for draft in found if draft.target is not None]
                header = None
                continue
            if block.kind == "item" and block.start not in seen and (row := item_as_row(block, header)):
                draft = row_draft(row, None, None, None, None, header, periods)  # a numbered row
                drafts += [draft] if draft is not None and draft.target is not None else []
            elif block.kind == "item" and block.start not in seen:
                # a day after a cue ("X by 30 April", "X by 30 April 2027") dates an action of a call's list,
                # not an item under a heading that names no work ("Background")
                cued = ctx.kind == "MeetingRecord" or ACTIONS_HEADING.search(heading_text) is not None
                ending = [item_draft(b, None, None, None, None) for b in dated_sub_items(block, cued)]
                owned = owned_step(block) if not ending and ctx.kind == "MeetingRecord" else None
                drafts += ending + ([owned] if owned is not None else [])
            elif (
                block.kind == "paragraph"
                and block.start not in seen
                and ctx.kind == "MeetingRecord"
                and (OWNER_AFFILIATION.match(block.text) is not None or ACTIONS_HEADING.search(heading_text))
                and (steps := owned_steps(block))
            ):
                drafts += steps  # "Tomas (OBC) will check ... by 30 June 2027.": an owned step
            elif block.kind == "row" and header is None and lead_in and lone_row(block):
                led = True
                draft = row_draft(block, None, None, None, None)  # "| 6 | X | Q3 2028 | open |" alone
                drafts += [draft] if draft is not None and draft.target is not None else []
            elif block.kind == "row" and header is None:
                header = table_header(block)
                periods = period_columns(block) if header is not None else {}
                targeted = header is not None and target_column(header, len(header)) not in (None, 0)
                dated = targeted or len(periods) >= 2
                header = header if dated else None
            elif block.kind == "row" and block.start not in seen:  # a table of items and targets
                draft = row_draft(block, None, None, None, None, header, periods)
                drafts += [draft] if draft is not None and draft.target is not None else []
            else:
                header = None
    drafts += work_rows(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += status_table_rows(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += change_log_rows(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += period_headed_items(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += dated_titles(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += quoted_work_items(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += corrected_rows(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += actions_under_approval(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += planned_work(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += plan_lines(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += timeline_lines(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += arrow_lines(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += owner_due_lines(ctx, {b.start for d in drafts for b in d.blocks})
    sentenced = owned_sentences(ctx, {b.start for d in drafts for b in d.blocks})
    spans = [(d.blocks[0].start, d.blocks[0].end) for d in sentenced]
    # (a person's action in a sentence is theirs to do, with its verb: not the object a plan's reading took
    # out of it, "Ana will send the list ..." as "List ...")
    drafts = [d for d in drafts if not any(low < d.blocks[0].start < high for low, high in spans)] + sentenced
    drafts += led_in_items(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += requested_actions(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += bare_dated_lines(ctx, {b.start for d in drafts for b in d.blocks})
    drafts += dated_list_items(ctx, drafts)
    drafts += gantt_drafts(ctx)
    flat, cells = flattened_rows(ctx)  # a table written a cell a line: its rows, not its lines one by one
    drafts = [d for d in drafts if d.blocks[0].start not in cells] + flat
    records, claimed = key_records(ctx)
    records += org_drafts(ctx)
    sideways, rows = side_tables(ctx)
    drafts = [d for d in drafts if d.blocks[0].start not in claimed | rows] + records + sideways
    drafts = [
        d
        for d in titled_by_line_above(ctx, drafts)
        if not NEXT_MEETING.match(d.label)
        and DATE_NAME.fullmatch(d.label.strip(" :")) is None
        and not is_withdrawn(d)
        and not NEXT_MEETING_FIELD.search(d.blocks[0].text)
    ]
    drafts = described_by_field(ctx, drafts)
    return dated_by_context(ctx, once_each_action(sorted(drafts, key=lambda d: d.blocks[0].start)))


# A heading that is an action's or an item's number alone ("Action Item #3", "AI-12", "Task 4", "Item #7"),
# over the fields of its record ("Owner:", "Due:", "Description:"), as IEEE working groups' and trackers'
# action registers write each action: the action is its description field's value
NUMBER_ONLY = re.compile(
    r"^\W{0,3}(?:action(?:\s+(?:item|point))?|AI|AP|item|task|ticket|issue)[ \t]{0,3}[-#]?[ \t]{0,2}"
    r"\d{1,4}(?:[-./]\d{1,4}){0,3}[a-z]?\W{0,3}$",
    re.IGNORECASE,
)
DESCRIPTION_FIELD = re.compile(
    r"^\W{0,4}(?:description|action|task|what|title|summary|subject)\W{0,4}:\W{0,4}(?P<value>\w.{4,})$",
    re.IGNORECASE,
)


def described_by_field(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """The drafts with each action written as a record under a heading that is its number alone
    (NUMBER_ONLY): the text of its description field (DESCRIPTION_FIELD) and the target of its due field
    (field_of), the blocks from the heading to the next heading that is no field line; a draft read
    before from the heading or one of those fields gives way to it. A record with no description keeps
    what was read."""
    records: list[Draft] = []
    claimed: set[int] = set()
    for section in ctx.layout.sections:
        blocks = section.blocks
        for index, heading in enumerate(blocks):
            if heading.kind != "heading" or NUMBER_ONLY.match(heading.text) is None:
                continue
            fields = []
            for block in blocks[index + 1 :]:
                if block.kind == "heading" and ONE_WORD_FIELD.match(line_text(block)) is None:
                    break
                fields.append(block)
            described = [(b, DESCRIPTION_FIELD.match(line_text(b))) for b in fields]
            found = next(((b, m) for b, m in described if m is not None), None)
            dated = next(((b, t) for b in fields if (t := field_of(b)) is not None), None)
            if found is None or dated is None:
                continue
            text = " ".join(found[1].group("value").split()).rstrip(" .")
            blocks_of = sorted([heading, found[0], dated[0]], key=lambda b: b.start)
            records.append(Draft(blocks_of, [text], compact_label(text), dated[1], None, None, None))
            claimed |= {heading.start, *(b.start for b in fields)}
    if not records:
        return drafts
    return [d for d in drafts if d.blocks[0].start not in claimed] + records


def once_each_action(drafts: list[Draft]) -> list[Draft]:
    """The drafts without an action met again: minutes that list their actions in the discussion and again
    in a summary ("[NEW] ACTION: ...") state each once. Only an action's line is dropped as a repeat: two
    rows of a register may name the same item with one target on purpose."""
    kept: list[Draft] = []
    met: set[tuple[str, str | None]] = set()
    for draft in drafts:
        key = (draft.texts[0].casefold(), draft.target.text if draft.target else None)  # a child may follow
        if key in met and MARKED_ACTION.match(LEFT_BULLET.sub("", draft.blocks[0].text, count=1)):
            continue
        met.add(key)
        kept.append(draft)
    return kept


# A heading over minutes' actions ("Actions", "Actions agreed", "Action points", "Follow-ups", "Next steps",
# "To do"): each sentence under it that names an owner and a date is an action
ACTIONS_HEADING = re.compile(
    r"^\W{0,3}(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:(?:summary\s+of\s+)?(?:new\s+|open\s+|agreed\s+)?actions?"
    r"(?:\s+(?:items?|points?|agreed|list|register|log))?|(?:decisions\s+and\s+)?actions?|follow[\s-]?ups?"
    r"|next\s+steps|to[\s-]?dos?)\W{0,3}$",
    re.IGNORECASE,
)


def owned_step(block: Block) -> Draft | None:
    """A meeting's next step owned by a person or the group and due by or in its date, under any heading
    ("Next steps", "Follow-ups"): "Ada Lind will circulate the glossary by 03/20/2026.", "The group will
    publish X in Q2 2026."; owned by a body, the body stays in it ("OBC will draft X by ...", as "ETSI TC LI
    to circulate ..." does); None for any other item, and for one with no date."""
    if without_person_owner(without_affiliation(block.text)) == block.text and not body_owned(block.text):
        return None
    draft = item_draft(block, None, None, None, None, in_section=True)
    return draft if draft.target is not None else None


# Where a reader ran two owned steps' lines into one paragraph, each ending on its day ("The BT Secretary
# to publish X by 15 September 2027 CCMC to circulate Y - by 31 May 2027"): after a year, before an owner
# (capitalised words, or "The" and a role) and "to"/"will"
OWNED_STEP_JOINT = re.compile(
    r"(?<=\b(?:19|20)\d{2})[ \t.;]*\s+(?=(?:The\s+)?(?-i:[A-Z][\w/&-]{1,20})"
    r"(?:\s(?-i:[A-Z][\w/&-]{1,20})){0,3}\s+(?:to|will|shall)\s+[a-z])"
)


def owned_steps(block: Block) -> list[Draft]:
    """The owned steps of a paragraph (owned_step), each part of it between OWNED_STEP_JOINT joints one."""
    joints = [m.end() for m in OWNED_STEP_JOINT.finditer(block.text)]
    if not joints:
        owned = owned_step(block)
        return [owned] if owned is not None else []
    bounds = [0, *joints, len(block.text)]
    parts = [
        Block("paragraph", block.text[a:b].strip(), pieces_of(block, a, a + len(block.text[a:b].strip())))
        for a, b in pairwise(bounds)
    ]
    steps = [owned_step(part) for part in parts]
    return [step for step in steps if step is not None]


# A body owning an action, by its acronym or its name ("OBC will draft ...", "ETSI TC LI to ...")
BODY_OWNER = re.compile(
    r"^(?:the\s+)?(?-i:[A-Z][\w&/-]{1,15})(?:\s(?-i:[A-Z][\w&/-]{1,15})){0,3}\s+(?:will|to|shall)\s+"
    r"(?P<verb>[a-z]+)\b"
)
ACRONYM_WORD = re.compile(r"\b[A-Z][A-Z0-9&-]{1,11}\b")


def body_owned(text: str) -> bool:
    """Whether a step opens with a body and "will"/"to" and an action's verb (BODY_OWNER)."""
    found = BODY_OWNER.match(text)
    if found is None or found.group("verb") not in ACTION_VERBS:
        return False
    owner = text[: found.start("verb")]
    return ACRONYM_WORD.search(owner) is not None or names_a_body(owner)


ROW_NUMBER = re.compile(r"^\d{1,5}$")


def is_row_number(block: Block) -> bool:
    """A line that is a number alone between a table's rows: a published spreadsheet's row numbers (its
    row headers), which a reader gives as lines of their own; no end of the table."""
    return (
        block.kind in ("heading", "paragraph")
        and not block.explicit
        and ROW_NUMBER.match(block.text) is not None
    )


def reported(block: Block, seen: set[int]) -> bool:
    """An item of a review section reported on with its new target ("X: slipped; new target 1Q2025")."""
    return block.kind == "item" and block.start not in seen and reported_item(block.text) is not None


def plan_lines(ctx: Context, seen: set[int]) -> list[Draft]:
    """In a document whose title names it a plan or roadmap (the whole document is the plan, so no
    section of it is a work-item section), the short dated lines of its other sections, read as they
    are in a work-item section ("PHASE 1: SET-UP" over "2025-03-04 Joint kick-off call", "2025-09" over
    "Joint proposal ..."); a paragraph of prose there stays none."""
    opening = next((s.blocks[0] for s in ctx.layout.sections if s.blocks), None)
    if opening is None or opening.kind != "heading" or PLAN_DOCUMENT.search(opening.text) is None:
        return []
    drafts: list[Draft] = []
    for section in ctx.layout.sections:
        if section.kind == "review":  # minutes' "Review of the work register": its items reported on
            drafts += [item_draft(b, None, None, None, None) for b in section.blocks if reported(b, seen)]
            continue
        if section.kind in ("milestones", "contacts", "approval", "history"):
            continue
        for draft in section_milestones(section):
            first = draft.blocks[0]
            short_line = first.kind == "heading" and not first.explicit
            if draft.target is not None and short_line and first.start not in seen:
                drafts.append(draft)
    return drafts


def timeline_lines(ctx: Context, seen: set[int]) -> list[Draft]:
    """In a plan or roadmap (PLAN_DOCUMENT), the lines of its other sections that open with when they are
    due (when_first: "2027-05 (May) SC 34 to circulate ...", "H2 2027 Submit ...", "16 April - Last
    call ...", "by the June plenary - Wide review ..."), also when long enough to be read as paragraphs,
    and each line of a paragraph a reader ran such lines into (when_lines); plan_lines reads the short
    ones it reads as headings."""
    opening = next((s.blocks[0] for s in ctx.layout.sections if s.blocks), None)
    if opening is None or opening.kind != "heading" or PLAN_DOCUMENT.search(opening.text) is None:
        return []
    drafts: list[Draft] = []
    for section in ctx.layout.sections:
        if section.kind in ("milestones", "contacts", "approval", "history", "review"):
            continue
        for block in section.blocks:
            if block.start not in seen and block.kind in ("paragraph", "item", "heading"):
                found = [when_draft(part, None, None, None) for part in when_lines(block)]
                drafts += [draft for draft in found if draft.target is not None]
    return drafts


# A timeline's line that opens with when, then the item: the first words up to a dash, a colon or the
# blank before a capital ("2027-03-18 Interop workshop: ...", "16 April - X", "H2 2027 Submit X")
WHEN_END = re.compile(
    # (a sub-bullet a reader ran into its date's line: "December 19, 2012 § File all known issues")
    r"[ \t]*+(?:[\u2013\u2014:\u00a7\u2022\u25aa]|-(?=[ \t]))[ \t]++|[ \t]++(?=[A-Z0-9\"'\u201c])"
)
# The month's name repeated in brackets after an ISO month ("2027-05 (May)"): part of the target as written
MONTH_NAME_AFTER = re.compile(rf"(?<=\b(?:19|20)\d{{2}}-[01]\d)[ \t]\((?:{MONTH})\)", re.IGNORECASE)
WHEN_WORDS = 6


def when_first(text: str) -> tuple[str, Target] | None:
    """A line that opens with when it is due and goes on with the item (WHEN_END): the item and its
    target as written, its cue ("by the June plenary") left out. The longest opening of at most six words
    that is a target wins. A year alone before a blank opens a history's line ("2019 DMTF and SNIA
    signed ..."), and a status before one a sentence ("Completed the ..."): neither is read; a day
    without its year ("16 April") is an open target kept as written, as an action list's is."""
    head = text[:80]
    ends = [
        m for m in WHEN_END.finditer(head) if m.start() > 0 and len(head[: m.start()].split()) <= WHEN_WORDS
    ]
    for end in reversed(ends):
        item = text[end.end() :].strip()
        target = when_target(head[: end.start()].strip())
        spaced = not end.group().strip()
        if target is None or len(item.split()) < 2 or DATE_LABEL.search(head[: end.start()]) is not None:
            continue
        if (spaced and (target.kind == "year" or target.is_status)) or not dates_a_line(target):
            continue  # "2019 DMTF and SNIA signed ...", "Completed: the ...": no timeline's line
        return item.rstrip(" .;"), target
    return dashless_day(text)


# The most a timeline's line written without a dash after its day ("16th of April first public draft of the
# note") may hold: one line
DASHLESS_LINE = 120


def dashless_day(text: str) -> tuple[str, Target] | None:
    """A line that opens with a day and its month and goes on in lower case with no mark between
    (DAY_MONTH_WORDS: "16th of April first public draft of the note", "May 3 comments close"): its item and
    the day kept open (a day without its year, read in the document's year later). One line of at most
    DASHLESS_LINE characters: a paragraph opening so is told, no timeline."""
    opening = DAY_MONTH_WORDS.match(text)
    if opening is None or len(text) > DASHLESS_LINE or "\n" in text:
        return None
    item = text[opening.end() :].strip()
    target = when_target(text[: opening.end()].strip())
    if target is None or len(item.split()) < 2:
        return None
    return item.rstrip(" .;"), target


def dates_a_line(target: Target) -> bool:
    """Whether a target opening a line dates it: a period, or an open target that stands for when (an
    occasion, a point of a fiscal year, a day without its year, "Month 6"); a status ("Completed", "TBD")
    opens a report, no timeline's line."""
    if not target.is_status:
        return True
    return (
        is_occasion(target)
        or counts_from_start(target)
        or FISCAL_POINT.match(target.text) is not None
        or DAY_NO_YEAR.match(target.text) is not None
    )


def when_target(when: str) -> Target | None:
    """The target a timeline's line opens with (when_first), without its cue ("by", "until"), an ISO month
    keeping the month's name written after it ("2027-05 (May)"), a day without its year kept open."""
    cue = PERIOD_CUE.match(when)
    bare = when[cue.end() :] if cue is not None else when
    if ":" in bare:
        return None  # "Target: Q4 2024 - IN PROGRESS": a field's label, the line an item's field
    core = MONTH_NAME_AFTER.sub("", bare)
    target = parse_target(core)
    if target is not None and target.text == core:
        return Target(bare, target.kind, target.key, target.start, target.end, target.known_status)
    if DAY_NO_YEAR.match(bare) is not None:
        return Target(bare, "status", slugify(bare.lower()), known_status=False)
    return None


# Where a reader ran a timeline's next line into the line before: an ISO day or month, a quarter or a half
# after a blank, followed by its item ("... set up (done) 2027-01-26 First joint call ...", "... H2 2027
# Submit ...")
RUN_IN_ISO = re.compile(  # (not a range's end: "2027-02 (Feb) to 2027-03 (Mar) X" is one line)
    r"(?<=[ \t])(?<!\bto[ \t])(?<!through[ \t])(?<!until[ \t])(?<![-\u2013\u2014][ \t])"
    r"(?:(?:19|20)\d{2}-[01]\d(?:-[0-3]\d)?(?:[ \t]\([A-Za-z]{3,9}\.?\))?"
    r"|(?:[QH][1-4]|[1-4][QH])[ \t/]?(?:19|20)\d{2})[ \t](?=[A-Z])"
)


def when_lines(block: Block) -> list[Block]:
    """The lines of a block that each open with when they are due (when_first): the block's own lines
    when a reader joined them (its pieces), else the parts between the ISO dates a reader ran in
    (RUN_IN_ISO); none unless the first line is such a line, and the lines after one that is not are
    its continuation. One pass over the block's pieces or its ISO dates."""
    whole, shift = day_as_label(block)
    offsets = [0, *(offset + shift for offset, _, _ in block.pieces[1:])]
    if len(offsets) < 2:
        offsets = [0, *(m.start() for m in RUN_IN_ISO.finditer(whole))]
    ends = [*offsets[1:], len(whole)]  # each line read alone: no copy of the rest of the block per line
    if when_first(whole) is None and dashless_day(whole[: ends[0]].rstrip()) is None:
        return []  # a block that opens with no timeline's line: a date inside it starts none
    starts = [o for o, e in zip(offsets, ends, strict=True) if o == 0 or when_first(whole[o:e]) is not None]
    parts = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(whole)
        text = whole[start:end].strip()
        spans = block.span_of(max(start - shift, 0), max(start - shift, 0) + len(text))
        parts.append(Block("item", text, tuple((0, low, high) for low, high in spans[:1]), depth=block.depth))
    return parts


def day_as_label(block: Block) -> tuple[str, int]:
    """A block's text with the day a reader took for its number put back ("16 April - X", read as item 16
    "April - X"), and how many characters that adds; the text as it is otherwise."""
    label = block.label or ""
    if not label.isdigit() or len(label) > 2 or when_first(block.text) is not None:
        return block.text, 0
    whole = f"{label} {block.text}"
    return (whole, len(label) + 1) if when_first(whole) is not None else (block.text, 0)


def when_draft(block: Block, name, theme, priority) -> Draft:
    """The milestone of a timeline's line (when_first): its item and target; the item's own trailing target
    ("2027-06-30 X - target moved") is left to the other rules, this line is dated by its opening."""
    found = when_first(day_as_label(block)[0])
    if found is None:
        return item_draft(block, name, theme, priority, None, in_section=True)
    text, target = found
    text = STATUS_IN_BRACKETS_END.sub("", text)
    return Draft([block], [text], compact_label(text), target, name, theme, priority)


# A status in brackets closing a timeline's line ("2027-01-12 X set up (done)"): no part of the item
STATUS_IN_BRACKETS_END = re.compile(
    r"[ \t]{0,3}\((?:done|completed?|met|held|in[ \t]progress|ongoing|on[ \t]track)\)[ \t.]*$", re.IGNORECASE
)


def flattened_rows(ctx: Context) -> tuple[list[Draft], set[int]]:
    """The rows of a table an export wrote one cell a line (a wiki's "Task" / "Start" / "End" header, then
    each task's name, start and end on lines of their own, as copied from a web page or a slide): a run
    of short lines that names an item and a target column (item_column, target_column) is the header, and
    each run of as many lines after it a row, dated by the cell under the target column; the rows end at
    the first that does not fit (a cell under the target that is no date, an item that is one). Across
    sections, since a reader may take an item's line for a heading. One pass: each line is tried as a
    header's first at most FLAT_WIDTH times, each row read once. Also the starts of the table's lines,
    which no other rule reads (a cell that is a date alone is no period over the next cell)."""
    lines = [
        b for s in ctx.layout.sections for b in ([s.heading] if s.heading is not None else []) + s.blocks
    ]
    lines = sorted({b.start: b for b in lines}.values(), key=lambda b: b.start)
    named = [column_name(b) for b in lines]  # each line's column name, read once
    drafts: list[Draft] = []
    claimed: set[int] = set()
    index = 0
    while index < len(lines):
        best: list[Draft] = []
        last = index  # the line after the best reading's last row
        window = named[index : index + FLAT_WIDTH]
        headers = flat_headers(lines, index) if "item" in window and "target" in window else []
        for width, item, target in headers:  # the width whose rows read furthest
            rows, found = index + width, []
            while rows + width <= len(lines) and (
                draft := flat_row(lines[rows : rows + width], item, target)
            ):
                found.append(draft)
                rows += width
            if len(found) >= 2 and len(found) > len(best):
                best, last = found, rows
        if not best and (index == 0 or date_alone(lines[index - 1]) is None):
            best, last = headerless_rows(lines, index)
        if not best:
            index += 1
            continue
        drafts += best
        claimed |= {b.start for b in lines[index:last]}
        index = last
    return drafts, claimed


FLAT_WIDTH = 5
FLAT_CELL = 40


HEADERLESS_ROWS = 3


def headerless_rows(lines: list[Block], index: int) -> tuple[list[Draft], int]:
    """The rows of a flattened table whose header row was lost (a wiki's task table copied without it:
    each task's line, then its start and end dates, or its one date, on lines of their own): from
    `index`, an item's line followed by one or two lines that are each a date alone, at least three such
    rows in a row, each item dated by its last date. A run that a date opens (flattened_rows' caller
    asks only where the line before is no date) is a timeline's dates over their items instead, read by
    period_line. ([], index) when none opens at `index`."""
    rows: list[Draft] = []
    at = index
    while at < len(lines):
        item = lines[at]
        text = item.text.strip()
        dates: list[Target] = []
        while at + 1 + len(dates) < len(lines) and len(dates) < 2:
            when = date_alone(lines[at + 1 + len(dates)])
            if when is None:
                break
            dates.append(when)
        if not dates or item.kind == "row" or len(text.split()) < 3 or date_alone(item) is not None:
            break
        if len(text) > DESCRIPTION_LENGTH or text.endswith((":", ".")):
            break  # a lead-in or a sentence of prose, no task's cell
        if len(dates) == 2 and dates[0].kind != dates[1].kind:
            break  # "February 2027" over "February 11, 2027": a timeline's month and day, no start and end
        text = WORK_NOTE.sub("", text)
        rows.append(Draft([item], [text], compact_label(text), dates[-1], None, None, None))
        at += 1 + len(dates)
    return (rows, at) if len(rows) >= HEADERLESS_ROWS else ([], index)


def date_alone(block: Block) -> Target | None:
    """The date a short line is alone ("June 27", "Aug 12", "2027-03-18"), else None."""
    text = block.text.strip().rstrip(".")
    if len(text) > PERIOD_LINE_LENGTH or block.kind == "row":
        return None
    when = when_target(text)
    return when if when is not None and dates_a_line(when) and not PERIOD_CUE.match(text) else None


def column_name(block: Block) -> str | None:
    """Whether a short line names a table's item column ("item") or its target column ("target"): the
    cheap test that lets flattened_rows try a header only where one may open (a run of 40,000 "Regards,"
    lines is tried nowhere)."""
    text = block.text.strip().rstrip(":")
    if len(text) > FLAT_CELL or block.kind == "row":
        return None
    if any(pattern.match(text) for pattern in ITEM_COLUMNS):
        return "item"
    return "target" if named_target_column(text) is not None else None


def flat_headers(lines: list[Block], index: int) -> list[tuple[int, int, int]]:
    """The widths a flattened table's header opening at `index` may have, each with its item's and target's
    columns: short lines, none a date, naming an item and a target column; none when no header opens
    there (the line is no column's name)."""
    found = []
    for width in range(2, FLAT_WIDTH + 1):
        blocks = lines[index : index + width]
        cells = [b.text.strip().rstrip(":") for b in blocks]
        if len(cells) < width or any(
            len(c) > FLAT_CELL or b.kind == "row" for c, b in zip(cells, blocks, strict=True)
        ):
            break
        if when_target(cells[-1]) is not None:
            break  # a date: the header ended before it
        item, target = item_column(cells, width), target_column(cells, width)
        if item is not None and target is not None and item != target:
            found.append((width, item, target))
    return found


def flat_row(cells: list[Block], item: int, target: int) -> Draft | None:
    """A row of a flattened table (flat_header): its item and the target under the target column."""
    if any(b.kind == "row" for b in cells):
        return None
    when = when_target(cells[target].text.strip().rstrip("."))
    text = cells[item].text.strip()
    if when is None or not dates_a_line(when) or when_target(text) is not None or len(text.split()) < 2:
        return None
    text = WORK_NOTE.sub("", text)
    return Draft([cells[item]], [text], compact_label(text), when, None, None, None)


# A way of working in brackets after a task ("Draft the mapping (teleconference)"): no part of the item
WORK_NOTE = re.compile(
    r"[ \t]{0,3}\((?:teleconference|telecon|conference\s+call|e-?mail|f2f|face[ -]to[ -]face)\)$", re.I
)


# What a document's own dates are called ("Effective date: 1 May 2026", "Last updated - March 2026", "Next
# meeting: 9 June 2026"): the line dates the document or a meeting, no work item
DATE_LABEL = re.compile(
    r"\b(?:date|dated|updated|effective|review(?:ed)?|revised|revision|version|issued|published|meeting|call"
    r"|signed|approved|initiated|created|modified|edited|changed|deadline|edition|since)\s*$",
    re.IGNORECASE,
)


def bare_dated_lines(ctx: Context, seen: set[int]) -> list[Draft]:
    """Outside the work-item sections, two or more short lines in a row, written without bullets, that
    each end or open on a target ("Joint glossary of tide gauge terms: Q3 2026" over "Reference mapping:
    2H2027", as slides exported to text write a status list): a list of work items, whatever its heading.
    A line naming a date of the document or a meeting (DATE_LABEL) ends the run."""
    drafts: list[Draft] = []
    for section in ctx.layout.sections:
        if section.kind == "review":  # minutes' "Review of the work register": its items reported on
            drafts += [item_draft(b, None, None, None, None) for b in section.blocks if reported(b, seen)]
            continue
        if section.kind in ("milestones", "contacts", "approval", "history"):
            continue
        run: list[Block] = []
        for block in [*section.blocks, None]:
            if block is not None and bare_dated(block, seen):
                run.append(block)
                continue
            if len(run) >= 2:
                found = [item_draft(b, None, None, None, None, in_section=True) for b in run]
                drafts += [d for d in found if d.target is not None]
            run = []
    return drafts


def bare_dated(block: Block, seen: set[int]) -> bool:
    """A short line read as a heading or paragraph, not yet read, whose item ends or opens on a target."""
    if (
        block.kind not in ("heading", "paragraph")
        or block.explicit
        or block.start in seen
        or len(block.text) > 150
    ):
        return False
    if not is_dated_line(block.text) or (LEADING_ISO.match(block.text) and not opens_with_target(block.text)):
        return False  # "2025-03-04 Joint kick-off call": a roadmap's line, read only in a plan (plan_lines)
    item = (
        split_item(block.text)[0]
        if split_item(block.text)[1] is not None
        else split_in_section(block.text)[0]
    )
    return len(item.split()) >= 2 and DATE_LABEL.search(item.rstrip(" :-\u2013\u2014")) is None


# A signature's line ("Signed for HMC: Name, Chair    Date: 2 March 2026"): its date is the signing's
SIGNATURE_LINE = re.compile(r"\bdated?\s*:|^\W*(?:signed|signature|for\s+and\s+on\s+behalf)\b", re.IGNORECASE)


PLAN_DOCUMENT = re.compile(r"\b(?:joint\s+)?work\s+plan\b|\broadmap\b|\bschedule\b", re.IGNORECASE)


# A heading over work told in sentences ("Current joint work", "Planned activities", "Next steps")
WORK_HEADING = re.compile(r"\b(?:work|activities|plans?|next\s+steps|outlook|projects?)\b", re.IGNORECASE)


# A clause that leads in to the list of what the parties will do ("3. Joint work. The associations will:",
# "The Parties agree to:", "OBC undertakes to:"): its lettered items are the joint work
LEAD_IN = re.compile(
    # ("the two organizations will:", "... will work on:", "... will jointly deliver:")
    r"\b(?:(?:will|shall)(?:\s+[a-z]{2,12}){0,2}|agree[sd]?\s+to|undertakes?\s+to|intends?\s+to|plans?\s+to"
    r"|commits?\s+to"
    r"|(?:joint\s+)?work(?:\s+items?|\s+programme|\s+plan)?\s+(?:is|are|includes?)|as\s+follows"
    # "Cooperative activities under this Memorandum may include:", "The first implementation plan comprises:"
    r"|\b(?:activities|deliverables|plan|programme)\b[^.:\n]{0,60}?\b(?:may\s+)?(?:include|comprise)s?"
    # "The first joint activities are:", "Planned deliverables for 2027 will be:", "Our priorities are:"
    r"|\b(?:activities|deliverables|outputs|steps|projects|priorities|milestones|work\s+items)\b[^.:\n]{0,40}?"
    r"\b(?:are|will\s+be)"
    r")\s*:\s*$",
    re.IGNORECASE,
)


def led_in_items(ctx: Context, seen: set[int]) -> list[Draft]:
    """Outside the work-item sections, the lettered or numbered items under a clause that leads in to what
    the parties will do (LEAD_IN), each read as a work-item section's item ("(a) publish a joint guide
    ..., by 30 September 2026;"); an item with no target is none (a clause's duties, not dated work)."""
    drafts: list[Draft] = []
    for section in ctx.layout.sections:
        if section.kind in ("milestones", "contacts", "approval", "history"):
            continue
        depth: int | None = None  # the lead-in's depth (an item's, else -1) while its list goes on
        for block in section.blocks:
            if LEAD_IN.search(block.text[-80:]) is not None:
                depth = block.depth if block.kind == "item" else -1
                continue
            joined = wrapped_dated_lines(block) if depth is not None and block.label is not None else []
            if len(joined) > 1 and block.start not in seen:  # numbered lines a reader ran into one block
                found = [item_draft(part, None, None, None, None, in_section=True) for part in joined]
                drafts += [draft for draft in found if draft.target is not None]
                continue
            if depth is None or block.kind != "item" or block.depth <= depth:
                depth = None  # the list ends at the first block that is no item under the lead-in
                continue
            if block.start in seen:
                continue
            # a bullet as a number: "The first joint work items are:" over "- X, expected in 2027;"
            draft = item_draft(block, None, None, None, None, in_section=True)
            drafts += [draft] if draft.target is not None else []
    return drafts


def wrapped_dated_lines(block: Block) -> list[Block]:
    """The items of a block a reader ran several numbered lines into, each item ending on the line that ends
    on its target, an item maybe wrapped over lines before it ("1. Identification of ... .. by 31-07-2026" /
    "2. Publication of the first adopted standard" / "on the service layer ....... by 31-03-2027"); none
    unless every line belongs to an item so ended. One look at each line."""
    offsets = [offset for offset, _, _ in block.pieces]
    if len(offsets) < 2:
        return []
    parts: list[Block] = []
    start = 0
    for index, offset in enumerate(offsets):
        end = offsets[index + 1] if index + 1 < len(offsets) else len(block.text)
        line = block.text[offset:end].strip()
        if not line or not ends_on_target(line):
            continue  # a line of an item that goes on below it
        segment = block.text[start:end]
        lead, trail = len(segment) - len(segment.lstrip()), len(segment.rstrip())
        spans = block.span_of(start + lead, start + trail)
        parts.append(Block("item", " ".join(segment.split()), ((0, spans[0][0], spans[-1][1]),)))
        start = end
    return parts if parts and start == len(block.text) else []


# The end of a sentence before the next one's capital: where a timetable's steps meet once a reader ran them
# into one line
SENTENCE_BREAK = re.compile(r"(?<=[.;])[ \t]+(?=[A-Z0-9])")


def timetable_steps(block: Block) -> list[Block]:
    """The steps of a timetable a reader ran into one paragraph, each its own line or sentence ending on its
    target ("First Working Draft in October 2028. Last Call Working Draft in June 2029. ..."): its joined
    lines when each ends so (wrapped_dated_lines), else its sentences when every one does; none otherwise."""
    if len(block.pieces) > 1:  # each line one step ending on its target, none a step's wrapped line
        lines = wrapped_dated_lines(block)  # ("id: WI-2" / "title: X" / "due: 2027-03-31" is a record)
        return lines if len(lines) == len(block.pieces) else []
    text = block.text
    starts = [0, *(m.end() for m in SENTENCE_BREAK.finditer(text))]
    if len(starts) < 2:
        return []
    parts: list[Block] = []
    for start, end in zip(starts, [*starts[1:], len(text)], strict=True):
        step = text[start:end].strip()
        if not ends_on_target(step):
            return []
        spans = block.span_of(start, start + len(step))
        parts.append(Block("item", step, ((0, spans[0][0], spans[-1][1]),)))
    return parts


# Where one sentence of a timeline joins its dated steps: "and", "; and", ", while"
STEP_JOINT = re.compile(r"[ \t]*(?:,[ \t]*and|;[ \t]*(?:and)?|,[ \t]*while|\band)[ \t]+", re.IGNORECASE)


ONE_SENTENCE_BREAK = re.compile(r"[.!?][ \t]+(?=[A-Z])")
PAST_TENSE = re.compile(r"\b(?:was|were|had|has[ \t]+been|have[ \t]+been)\b", re.IGNORECASE)


def dated_clauses(block: Block) -> list[Block]:
    """The steps of one sentence that joins two or more, each clause ending on its own date ("The kick-off
    meeting will be held on 12 May 2027 and the closing workshop in November 2027"); none unless every
    clause so ends and names its step in two words at least ("between 12 and 14 May" is one date)."""
    text = block.text.rstrip(" .;")
    if ONE_SENTENCE_BREAK.search(text) is not None or PAST_TENSE.search(text) is not None:
        return []  # several sentences, or a record of what was done ("It was approved by X on ... and by Y")
    parts: list[Block] = []
    start = 0
    for joint in STEP_JOINT.finditer(text):
        if clause_ends_dated(text[start : joint.start()]):
            parts.append(clause_block(block, start, joint.start()))
            start = joint.end()
    if not parts or not clause_ends_dated(text[start:]):
        return []
    return [*parts, clause_block(block, start, len(text))]


AGENT_OPENING = re.compile(r"^[ \t]*by[ \t]", re.IGNORECASE)


def clause_ends_dated(clause: str) -> bool:
    """Whether a clause ends on the date it is due by, naming the step before it in two words at least."""
    if AGENT_OPENING.match(clause) is not None:
        return False  # "... and by the X committee on 27 February": who did it, no step
    draft = item_draft(Block("paragraph", clause, ((0, 0, len(clause)),)), None, None, None, None, True)
    target = draft.target
    if target is None or target.is_status or len(draft.texts[0].split()) < 2:
        return False
    return clause.rstrip(" .,").lower().endswith(target.text.lower())


def sentence_block(block: Block, start: int, end: int) -> Block:
    """One sentence of a paragraph as a paragraph of its own, its pieces kept."""
    spans = block.span_of(start, end)
    return Block("paragraph", block.text[start:end], ((0, spans[0][0], spans[-1][1]),))


def clause_block(block: Block, start: int, end: int) -> Block:
    spans = block.span_of(start, end)
    return Block("item", block.text[start:end].strip(), ((0, spans[0][0], spans[-1][1]),))


def ends_on_target(line: str) -> bool:
    """Whether a line ends on a target, as an item of a work-item section would ("X .. by 31-07-2026")."""
    return split_item(line)[1] is not None or split_in_section(line)[1] is not None


DATED_LIST_LENGTH = 3  # items of a list, at least, for the list to be a timeline's


def dated_list_items(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """In the document's lead (under its title, before any other heading), a list of three items or more,
    two thirds of which end on a date when read as a work-item section's items: a timeline no heading
    names (a list under a heading that names none, "Background", is no timeline). Its items no rule read
    are read so ("5. Joint review meeting 21st-22nd June 2027 (online)", "6. Comments collected July
    16th": a date after no cue), each kept when its target dates it."""
    seen = {b.start for d in drafts for b in d.blocks}
    found: list[Draft] = []
    for section in ctx.layout.sections:
        if section.heading is not None or section.kind in ("milestones", "contacts", "approval", "history"):
            continue  # (under a heading naming no timeline, "Background", dated items are no steps)
        run: list[Block] = []
        for index, block in enumerate([*section.blocks, None]):
            if block is not None and block.kind == "heading" and index > 0:
                break  # the document's lead ends at its first heading after the title
            if block is not None and block.kind == "item" and (not run or block.depth == run[0].depth):
                run.append(block)
                continue
            if len(run) >= DATED_LIST_LENGTH:
                read = [(item, item_draft(item, None, None, None, None, in_section=True)) for item in run]
                steps = [(item, draft) for item, draft in read if dates_its_item(item, draft)]
                if len(steps) * 3 >= len(run) * 2:
                    found += [draft for item, draft in steps if item.start not in seen]
            run = [block] if block is not None and block.kind == "item" else []
    return found


STEP_WORDS = 10  # words of a timeline's step, at most: a longer item is a sentence of news or of terms


def dates_its_item(item: Block, draft: Draft) -> bool:
    """Whether a list's item is a timeline's step: read as a work-item section's, a target that dates it (a
    period, or a day without its year) closing a short step of one sentence (two to STEP_WORDS words); an
    item opening with its date is a list of news ("02 March 2019: The MoU between ..."), none."""
    target = draft.target
    if target is None or (target.is_status and DAY_NO_YEAR.match(target.text) is None):
        return False
    if when_first(item.text) is not None or LEADING_ISO.match(item.text) is not None:
        return False
    if ONE_SENTENCE_BREAK.search(item.text) is not None:
        return False
    return 2 <= len(draft.texts[0].split()) <= STEP_WORDS


def planned_work(ctx: Context, seen: set[int]) -> list[Draft]:
    """Outside the work-item sections, the sentences of plans, and of work done or under way
    (told_drafts), of the paragraphs under a heading about work, whichever section that heading was read
    into (a heading that names no kind of section stays in the one before it, a contacts table's too);
    on an alliance page, of its paragraphs under any heading but its contacts and review."""
    drafts: list[Draft] = []
    for section in ctx.layout.sections:
        if section.kind == "milestones":
            continue
        heading = section.heading.text if section.heading is not None else ""
        for block in section.blocks:
            if block.kind == "heading":
                heading = block.text
            elif block.kind != "paragraph" or block.start in seen:
                continue
            elif WORK_HEADING.search(heading) or (
                ctx.kind == "AlliancePage" and section.kind not in ("contacts", "review", "history")
            ):
                # an alliance page tells its work in sentences under any heading ("Our collaboration")
                over_list = any(b.kind == "item" and is_dated(b.text) for b in section.blocks)
                planned = planned_drafts(block, None, None, None, over_list=over_list)
                found = two_steps(section, block, planned)
                told = told_drafts(block)
                drafts += found + [d for d in told if not any(d.label == f.label for f in found)]
            elif ctx.kind == "MemorandumOfUnderstanding" and section.kind in ("preamble", "body", "scope"):
                # an announcement of an agreement tells the first step it plans in a sentence of its own
                # ("The first joint session is expected at the Global Congress in October 2027."): that only
                over_list = any(b.kind == "item" and is_dated(b.text) for b in section.blocks)
                planned = planned_drafts(block, None, None, None, passive_only=True, over_list=over_list)
                drafts += two_steps(section, block, planned)
    return drafts


def two_steps(section: Section, block: Block, found: list[Draft]) -> list[Draft]:
    """A plan's sentence read as one step (`found`) that joins two dated ones (dated_clauses: "The kick-off
    call will be held on 4 March 2027 and the closing meeting in October 2027"): its two steps; over the
    section's own dated list, the list's lead sentence: none."""
    clauses = dated_clauses(block) if found else []
    if len(clauses) < 2:
        return found
    if any(b.kind == "item" and is_dated(b.text) for b in section.blocks):
        return []
    return [item_draft(b, None, None, None, None, True) for b in clauses]


def is_withdrawn(draft: Draft) -> bool:
    """An item its document takes back ("... - withdrawn"): no work item any more."""
    return draft.target is not None and WITHDRAWN.match(draft.target.text.strip(" .")) is not None


# "Next call: 10 September 2020": the day of the next meeting, not a work item
NEXT_MEETING = re.compile(
    r"^(?:the\s+)?(?:next\s+(?:joint\s+)?(?:call|meeting|teleconference|telco|plenary|session)\b"
    # a meeting named by its number ("Meeting 7 is planned for ...", "Call #13 on ...", "Plenary No. 52"):
    # the date of a meeting to come, no work item's target
    r"|(?:joint\s+)?(?:call|meeting|teleconference|telco|plenary|session)\s{1,3}(?:no\.?\s{0,3}|#\s{0,3})?\d{1,4}\b)",
    re.I,
)
# A line or paragraph ending on the next meeting's date as a field ("The call was adjourned at 17:05. Next
# call: 12 November 2026."): the date of a meeting, no work item's target
NEXT_MEETING_FIELD = re.compile(
    r"\bnext\s+(?:joint\s+)?(?:call|meeting|teleconference|telco|plenary|session)\s*:\s*[^.;:\n]{3,40}\.?\s*$",
    re.IGNORECASE,
)

# (a numbered item "1.2" runs on after a closing bracket too: "... target Q3 2025 (done) 1.2 Joint ...",
# a Markdown reader joining the lines of a plain list into one paragraph; so does a roman one, "i. X (Q3
# 2026) ii. Y (H1 2027)", an annex's list)
SUB_ITEM = re.compile(
    r"(?:^|[;:.]\s+|(?<=\))\s+(?=\(?\d|[ivx]{1,4}\.\s))\(?(?:(?P<label>[a-z]|[ivx]{1,4}|\d{1,2})[.)]"
    r"|(?P<exhibit>[A-Z]\.\d{1,2}|\d{1,2}\.\d{1,2}))\s+(?=[A-Z])"
)


def dated_sub_items(block: Block, cued_days: bool = True) -> list[Block]:
    """The items of a block that end on a target: the block itself, or, when a list was read as one
    item ("Deliverables. a. A glossary - target 2Q2023; b. A report - target Q4 2023"), each of
    its lettered parts that has one. `cued_days`: a day after a cue ("X by 30 April", "X by 30 April
    2027") is one, as in an action list; both forms or neither."""
    labels = list(SUB_ITEM.finditer(block.text))
    if len(labels) < 2 and not (labels and block.label is not None and labels[0].start() > 0):
        dated = (
            split_item(block.text)[1] is not None
            or assignee_due(block.text)[1] is not None
            or done_tail(block.text) is not None  # "X - published 9 Apr 2027": met, dated by when
            or (cued_days and yearless_tail(block.text, cued=True)[1] is not None)  # "X by 30 April"
            or (cued_days and cued_date_tail(block.text)[1] is not None)  # "X by 30 April 2027"
        )
        return [block] if dated else []
    parts = []
    head = block.text[: labels[0].start()].strip().rstrip(";.,").strip()
    if block.label is not None and head and split_item(head)[1] is not None:
        # "i. X (Q3 2026) ii. Y ...": the item's own label was taken off, its first part runs to the next
        spans = block.span_of(0, len(head))
        parts.append(Block("item", head, ((0, spans[0][0], spans[0][1]),), label=block.label))
    ends = [opening_of(m) for m in labels[1:]] + [len(block.text)]
    for label, end in zip(labels, ends, strict=True):
        text = block.text[label.end() : end].strip().rstrip(";.,").strip()
        if not text or split_item(text)[1] is None:
            continue
        offset = block.text.index(text, label.end())
        spans = block.span_of(offset, offset + len(text))
        name = label.group("label") or label.group("exhibit")
        parts.append(Block("item", text, ((0, spans[0][0], spans[0][1]),), label=name))
    return parts


# The name of a term sheet's or a fact sheet's field that holds the work planned ("Joint work", "Work items",
# "Deliverables", "Milestones", "Next steps")
WORK_FIELD = re.compile(
    r"^\W{0,3}(?:joint\s+|planned\s+|initial\s+|first\s+)?(?:work(?:\s+(?:items?|plan|programme|program))?"
    r"|activities|deliverables|milestones|next\s+steps|work\s+packages)\W{0,3}$",
    re.IGNORECASE,
)


def actions_under_approval(ctx: Context, seen: set[int]) -> list[Draft]:
    """The labelled actions ("AP 7-1: X to ... by 30 April 2026") of a section read as one of approvals: a
    meeting's "Approval of the agenda" opens one, and the minutes' numbered headings after it ("4 Action
    points") stay inside it. Only actions with their label and target: an approval's own lines are none."""
    drafts = []
    for section in ctx.layout.of_kind("approval"):
        for block in section.blocks:
            if block.kind in ("item", "paragraph") and block.start not in seen:
                found = [
                    item_draft(part, None, None, None, None, in_section=True) for part in action_parts(block)
                ]
                drafts += [draft for draft in found if draft.target is not None]
    return drafts


def work_rows(ctx: Context, seen: set[int]) -> list[Draft]:
    """The dated items of a term sheet's or fact sheet's row of work (work_cell_items), in whatever section
    the table stands (a term sheet's title "... - for signature" opens a section of signatures)."""
    drafts = []
    for section in ctx.layout.sections:
        if section.kind in ("milestones", "contacts", "history"):
            continue
        for block in section.blocks:
            if block.kind == "row" and block.start not in seen:
                drafts += [item_draft(part, None, None, None, None) for part in work_cell_items(block)]
    return drafts


# A table's column of how each row stands, when the table has no target column ("Work stream | TM Forum
# lead | LFN project | Status"): its cells give the row's target when they date it ("Published (March
# 2022)", "Planned: Q3 2025") or say it goes on ("On-going")
STATUS_HEADER = re.compile(r"^(?:status|state|progress|stand)$", re.IGNORECASE)


def status_table_rows(ctx: Context, seen: set[int]) -> list[Draft]:
    """The rows of the tables whose only column of when is a status column (STATUS_HEADER), outside the
    milestone sections (which read every dated row), each with the target its status cell gives."""
    drafts = []
    for section in ctx.layout.sections:
        if section.kind in ("milestones", "contacts", "approval", "history"):
            continue
        column: int | None = None
        after_row = False  # the block before was a row of the same table
        for block in section.blocks:
            if block.kind != "row":
                column = None
            elif not after_row:
                column = status_place(block)
            elif column is not None and block.start not in seen:
                draft = status_row_draft(ctx, block, column)
                drafts += [draft] if draft is not None else []
            after_row = block.kind == "row"
    return drafts


# A change log's columns ("Date | Item | Change", "Work item | Description of change | Agreed"): the column
# naming the item changed, and the one telling the change, whose cue gives the item's target now
CHANGE_HEADER = re.compile(
    r"^(?:changes?|change\s+(?:made|description|summary)|description(?:\s+of(?:\s+the)?\s+change)?"
    r"|(?:amendment|modification|revision)s?|what\s+changed|action\s+taken)$",
    re.IGNORECASE,
)
CHANGED_ITEM_HEADER = re.compile(
    r"^(?:(?:work\s+|register\s+|affected\s+)?items?(?:\s+(?:changed|affected|no\.?))?|rows?|deliverables?"
    r"|work\s+items?\s+(?:changed|affected))$",
    re.IGNORECASE,
)
# The item's number before its title in the item cell ("4 \u2014 X", "Item 7: X", "#3 - X"), or the title in
# brackets after it ("Item 4 (X)"): the number is no part of the item
CHANGED_ITEM_NUMBER = re.compile(
    r"^(?:(?:work\s+)?item\s+|row\s+)?#?\d{1,3}(?:\.\d{1,2})?[ \t]{0,3}"
    r"(?:[\u2013\u2014:.)-][ \t]{0,3}|(?=\())",
    re.IGNORECASE,
)
ITEM_IN_BRACKETS = re.compile(r"^\((?P<title>[^()]{3,200})\)$")


# A work item named in quotes inside a sentence of minutes, resolutions or an agreement ('agrees to open a
# joint work item "X" and sets its target date to Q4 2027', 'the new deliverable "Y" is due by 30 September
# 2027'), read up to the sentence's end (bounded)
QUOTED_WORK_ITEM = re.compile(
    r"\b(?:work\s+items?|deliverables?|work\s+packages?|projects?|activit(?:y|ies)|tasks?)"
    r"(?:\s+(?:no\.\s?)?#?\d{1,3}(?:\.\d{1,2})?)?\s{0,3}[,:]?\s{0,3}"
    r"[\"\u201c](?P<title>[^\"\u201c\u201d\n]{3,200})[\"\u201d]",
    re.IGNORECASE,
)
QUOTED_ITEM_REACH = 200
# The cue of its target in the rest of the sentence ("sets its target date to", "by", "due", "expects a stable
# draft by", "no later than"): the target is the phrase after the cue, up to a comma, semicolon or the end
QUOTED_TARGET_CUE = re.compile(
    r"\b(?:target(?:\s+date)?(?:\s+(?:to|of|is|at|for|as))?|by|due(?:\s+(?:by|in))?|no\s+later\s+than"
    r"|(?:planned|scheduled|expected)(?:\s+(?:for|in|by))?)\s+",
    re.IGNORECASE,
)
QUOTED_SENTENCE_END = re.compile(r"[.;!?](?=\s+[A-Z]|\s*$)|\n\s*\n")


def quoted_work_items(ctx: Context, seen: set[int]) -> list[Draft]:
    """Outside contacts and approvals, the work items a paragraph names in quotes, each with the target the
    rest of its sentence cues (QUOTED_WORK_ITEM, QUOTED_TARGET_CUE); an item quoted without a target is
    none (a title recalled, not planned)."""
    drafts: list[Draft] = []
    for section in ctx.layout.sections:
        if section.kind in ("contacts", "approval"):
            continue
        for block in section.blocks:
            if block.kind not in ("paragraph", "item") or block.start in seen:
                continue
            for found in QUOTED_WORK_ITEM.finditer(block.text):
                target = quoted_target(block.text[found.end() : found.end() + QUOTED_ITEM_REACH])
                title = found.group("title").strip(" .,;")
                if target is not None and len(title.split()) >= 2:
                    spans = block.span_of(found.start("title"), found.end("title"))
                    part = Block("item", title, ((0, spans[0][0], spans[0][1]),))
                    drafts.append(Draft([part], [title], compact_label(title), target, None, None, None))
    return drafts


def quoted_target(rest: str) -> Target | None:
    """The first target a cue in the rest of the quoted item's sentence opens (quoted_work_items)."""
    end = QUOTED_SENTENCE_END.search(rest)
    sentence = rest[: end.start()] if end is not None else rest
    for cue in QUOTED_TARGET_CUE.finditer(sentence):
        phrase = re.split(r"[,;]", sentence[cue.end() :], maxsplit=1)[0].strip()
        target = parse_target(phrase)
        if target is not None and (not target.is_status or target.text == phrase):
            return target
    return None


# A roadmap has a column, or a heading, for each of several periods: one period heading alone is a date
PERIOD_HEADINGS = 2
# A card's title, a dash, then a line of description ("X \u2014 published as open data"): the title is
# the item
TITLE_AND_DESCRIPTION = re.compile(r"^(?P<title>[^\n\u2013\u2014]{3,150}?)[ \t]+[-\u2013\u2014][ \t]+\S")


def period_headed_items(ctx: Context, seen: set[int]) -> list[Draft]:
    """Outside the work-item sections, the list items under headings that are each a period alone ("H2
    2027", "Q3 '28", "March 2027"), a roadmap by half-year or quarter: each item with its own target, else
    its heading's period; a heading that is no period ("Later", "Backlog") leaves its items unplanned. Two
    such headings at least: one alone dates a page, not its list."""
    drafts: list[Draft] = []
    for section in ctx.layout.sections:
        if section.kind in ("milestones", "contacts", "approval", "history"):
            continue
        headings = [b for b in section.blocks if b.kind == "heading"]
        if sum(1 for b in headings if period_line(b) is not None) < PERIOD_HEADINGS:
            continue
        period: Target | None = None
        for block in section.blocks:
            if block.kind == "heading":
                period = period_line(block)
            elif block.kind == "item" and period is not None and block.start not in seen:
                drafts.append(period_item(block, period))
    return drafts


# A page's key dates, each a date (or a span of days) on a line of its own, the step's title on the next and
# a line describing it after ("15 May 2027" / "First joint test event" / "A test event hosted by ..."), under
# a heading naming dates, a timeline or a plan; a span written with an arrow or a dash, its first day maybe
# without the year ("03 February \u2192 28 March 2027")
DATES_HEADING = re.compile(
    r"\b(?:dates?|timeline|timetable|schedule|milestones?|calendar|roadmap|plan)\b", re.IGNORECASE
)
DAY_SPAN = re.compile(
    r"^(?P<first>[^\u2192\u2013\u2014]{3,25}?)[ \t]+(?:\u2192|->|[\u2013\u2014-]|to)[ \t]+(?P<last>.{3,25})$"
)
TITLE_WORDS = 10


def dated_titles(ctx: Context, seen: set[int]) -> list[Draft]:
    """Outside the work-item sections, under a dates heading (DATES_HEADING), the titles that each stand
    on the line after a date alone (date_or_span): the step is the title, its target the date as written.
    Two such pairs at least: one date over a line dates a page or a post, no list of steps. A title is a
    short line (TITLE_WORDS), no sentence, no date itself; the description after it is none."""
    drafts: list[Draft] = []
    for section in ctx.layout.sections:
        if section.kind in ("milestones", "contacts", "approval", "history"):
            continue
        under = section.heading is not None and DATES_HEADING.search(section.heading.text) is not None
        found: list[Draft] = []
        dated: Target | None = None  # the date on the line before, waiting for its title
        for block in section.blocks:
            if dated is not None:
                if is_step_title(block) and block.start not in seen:
                    text = block.text.strip().rstrip(":")
                    found.append(Draft([block], [text], compact_label(text), dated, None, None, None))
                dated = None
                continue
            dated = date_or_span(block) if under else None
            if dated is None and block.kind == "heading":  # a heading of its own: the dates are over
                drafts += found if len(found) >= PERIOD_HEADINGS else []
                found, under = [], DATES_HEADING.search(block.text) is not None
        drafts += found if len(found) >= PERIOD_HEADINGS else []
    return drafts


def is_step_title(block: Block) -> bool:
    """A step's title under its date (dated_titles): a short line that is no sentence and no date (one
    word only as a heading)."""
    text = block.text.strip()
    words = len(text.split())
    short = block.kind in ("heading", "paragraph", "item") and 2 <= words <= TITLE_WORDS
    return (
        (short or (block.kind == "heading" and words == 1))
        and not text.endswith(".")
        and (date_or_span(block) is None)
    )


def date_or_span(block: Block) -> Target | None:
    """A line that is a date alone (period_line), or a span of days from one to the other, the first
    maybe without the year the last one gives ("03 February \u2192 28 March 2027")."""
    if block.kind not in ("heading", "paragraph", "item") or len(block.text) > PERIOD_LINE_LENGTH + 20:
        return None
    period = period_line(block)
    if period is not None:
        return period if not period.is_status else None
    return day_span(block)


def day_span(block: Block) -> Target | None:
    """A line that is a span of days alone, its first day maybe without the year ("03 February \u2192 28
    March 2027", "3 - 7 May 2027" is parse_target's): the days as written."""
    text = block.text.strip()
    if block.kind not in ("heading", "paragraph", "item") or len(text) > PERIOD_LINE_LENGTH + 20:
        return None
    span = DAY_SPAN.match(text)
    if span is None:
        return None
    last = parse_target(span.group("last").strip())
    if last is None or last.kind not in STEP_KINDS or last.start is None:
        return None
    first_text = span.group("first").strip()
    first = parse_target(first_text)
    if first is None and last.text.endswith(str(last.start.year)):
        first = parse_target(f"{first_text} {last.start.year}")
    if first is None or first.kind not in STEP_KINDS:
        return None
    return Target(text, "days", f"{first.key}-{last.key}", first.start, last.end)


def period_item(
    block: Block, period: Target, name=None, theme=None, priority=None, in_section: bool = False
) -> Draft:
    """An item under a period's heading: its own target when it states one, else the period, and then its
    title without the description after a dash (TITLE_AND_DESCRIPTION). Its own target may open it, as a
    timeline's day under its month does ("April 2013" over "April 22, 2013 § Editors to post ...")."""
    draft = item_draft(block, name, theme, priority, period, in_section=in_section)
    if draft.target is period and when_first(day_as_label(block)[0]) is not None:
        return when_draft(block, name, theme, priority)
    if draft.target is not period:
        return draft
    titled = TITLE_AND_DESCRIPTION.match(draft.texts[0])
    if titled is None or len(titled.group("title").split()) < 2:
        return draft
    title = titled.group("title").strip()
    return Draft(draft.blocks, [title], compact_label(title), period, name, theme, priority)


def change_log_rows(ctx: Context, seen: set[int]) -> list[Draft]:
    """The rows of the change logs outside the work-item sections, a register addendum's table of what
    changed ("| 2027-02-03 | 4 \u2014 X | Target moved from Q1 2027 to Q3 2027 |", "| 7 \u2014 Y | New item,
    target 2027-11-30 |"): each changed item with the target its change cell gives now; a withdrawn item,
    or a change that gives no target, makes none. A revision history ("Version | Date | Change") names no
    item column and is no change log."""
    drafts = []
    for section in ctx.layout.sections:
        if section.kind in ("milestones", "contacts", "approval"):
            continue
        places: tuple[int, int] | None = None
        after_row = False
        for block in section.blocks:
            if block.kind != "row":
                places = None
            elif not after_row:
                places = change_places(block)
            elif places is not None and block.start not in seen:
                draft = change_row_draft(block, *places)
                drafts += [draft] if draft is not None else []
            after_row = block.kind == "row"
    return drafts


def change_places(header: Block) -> tuple[int, int] | None:
    """The places of a change log header's item and change columns, or None when it names not both."""
    cells = [c.text.strip() for c in header.cells]
    items = [i for i, cell in enumerate(cells) if CHANGED_ITEM_HEADER.match(cell)]
    changes = [i for i, cell in enumerate(cells) if CHANGE_HEADER.match(cell)]
    return (items[0], changes[0]) if items and changes and items[0] != changes[0] else None


def change_row_draft(block: Block, item: int, change: int) -> Draft | None:
    """A change log's row as the item it changed and its target now (change_log_rows)."""
    cells = [c.text.strip() for c in block.cells]
    if len(cells) <= max(item, change) or WITHDRAWN.match(cells[change]):
        return None
    target = cued_target(cells[change])
    if target is None or target.is_status:
        return None
    text = CHANGED_ITEM_NUMBER.sub("", cells[item], count=1).strip()
    bracketed = ITEM_IN_BRACKETS.match(text)
    text = bracketed.group("title").strip() if bracketed is not None else text
    if len(text.split()) < 2:
        return None
    return Draft([block], [text], text.rstrip("."), target, None, None, None, is_row=True)


def status_place(header: Block) -> int | None:
    """The place of a table header's status column, when it names no target column and its first column
    is no status; None otherwise (or when a cell of it is a target: a row, not a header)."""
    cells = [c.text.strip() for c in header.cells]
    places = [i for i, cell in enumerate(cells) if STATUS_HEADER.match(cell)]
    if not places or places[0] == 0 or any(named_target_column(c) or parse_target(c) for c in cells):
        return None
    return places[0]


def status_row_draft(ctx: Context, block: Block, column: int) -> Draft | None:
    """A row of a status table as a work item: its first cell, a few words naming no body, and the target
    its status cell dates or says goes on ("Published (March 2022)": March 2022); None for a status alone
    ("Done", "In progress")."""
    cells = [c.text.strip() for c in block.cells]
    if len(cells) <= column:
        return None
    target = without_cue(without_done(cell_target(cells[column])))  # "Not started; target H2 2027"
    if target is None or (target.is_status and not target.known_status):
        return None
    text = ITEM_NUMBER.sub("", cells[0]).strip()
    if len(text.split()) < 2 or ctx.resolver.resolve(text, "organization") is not None:
        return None  # "OPC Foundation | MoU | Ongoing": a partner's row, no work
    return Draft([block], [text], text.rstrip("."), target, None, None, None, is_row=True)


# An errata sheet's or a change table's columns of the text as printed and as it now reads ("Location | Was
# | Is", "Old text | New text", "Printed | Should read")
WAS_COLUMN = re.compile(r"^(?:was|old(?:\s+text)?|printed(?:\s+text)?|original(?:\s+text)?|before)$", re.I)
IS_COLUMN = re.compile(
    r"^(?:is|now|new(?:\s+text)?|corrected(?:\s+text)?|should\s+read|reads?\s+now|replacement|after)$", re.I
)


def corrected_rows(ctx: Context, seen: set[int]) -> list[Draft]:
    """The work items an errata sheet's table gives as they now read: each cell of its "Is" column that is
    an item with its target ("W-2 Mapping of ... - target: Q1 2027"), its identifier taken off; the "Was"
    column is what no longer holds. Outside the contacts; one look at each row."""
    drafts = []
    for section in ctx.layout.sections:
        if section.kind == "contacts":
            continue
        column: int | None = None
        for block in section.blocks:
            if block.kind != "row":
                column = None
            elif column is None:
                column = corrected_column(block)
            elif block.start not in seen and column < len(block.cells):
                draft = corrected_item(block.cells[column])
                drafts += [draft] if draft is not None else []
    return drafts


def corrected_column(header: Block) -> int | None:
    """The place of the "Is" column of a header that also has a "Was" column; None otherwise."""
    cells = [c.text.strip(" *") for c in header.cells]
    if not any(WAS_COLUMN.match(c) for c in cells):
        return None
    return next((i for i, c in enumerate(cells) if IS_COLUMN.match(c)), None)


def corrected_item(cell: Cell) -> Draft | None:
    """A corrected cell as a work item, when it is one with its target."""
    identifier = ITEM_ID.match(cell.text)
    offset = identifier.end() if identifier is not None else 0
    text = cell.text[offset:]
    if not text.strip():
        return None
    block = Block("item", text, ((0, min(cell.start + offset, cell.end), cell.end),))
    draft = item_draft(block, None, None, None, None)
    if draft.target is None or draft.target.is_status or DATE_LABEL.search(draft.label.rstrip(" :")):
        return None  # "Next review: March 2027": a date of the register, no work item
    return draft


def work_cell_items(block: Block) -> list[Block]:
    """The dated items a two-column table's row holds in its value when its name is the work planned
    ("Joint work | (1) Joint test vectors - by end of Q4 2026. (2) ... - H1 2027."): two at least, each
    ending on its target, as a list read into one cell."""
    if block.kind != "row" or len(block.cells) != 2 or WORK_FIELD.match(block.cells[0].text) is None:
        return []
    value = block.cells[1]
    cell = Block("item", value.text, ((0, value.start, value.end),))
    parts = dated_sub_items(cell)
    return parts if len(parts) >= 2 else []


def opening_of(label: re.Match[str]) -> int:
    """Where a sub-item's label opens: its letter or number, or the bracket before it ("(2)")."""
    start = label.start("label") if label.group("label") else label.start("exhibit")
    return start - 1 if start > 0 and label.string[start - 1] == "(" else start


def run_on_items(block: Block) -> list[Block]:
    """The dated items of a block that holds several ("A.1 X, target Q2 2024. A.2 Y, target 2Q2025."),
    its own label already taken off when it is a list item; the block alone otherwise."""
    labels = [m for m in SUB_ITEM.finditer(block.text) if m.start() > 0 or block.label is None]
    starts = [m.end() for m in labels]
    if block.label is not None:
        starts.insert(0, 0)
    if len(starts) < 2:
        return [block]
    ends = [m.start() for m in labels if m.start() > 0] + [len(block.text)]
    ends = ends[-(len(starts)) :]
    parts = []
    for start, end in zip(starts, ends, strict=True):
        text = block.text[start:end].strip().rstrip(";.,").strip()
        if text and split_item(text)[1] is not None:
            offset = block.text.index(text, start)
            spans = block.span_of(offset, offset + len(text))
            parts.append(Block("item", text, ((0, spans[0][0], spans[0][1]),)))
    return parts if len(parts) > 1 else [block]


# A sentence listing work items each followed by its target in brackets ("Next steps include a joint white
# paper (Q3 2027) and a plugfest (H1 2028).", "Planned: X (Q3 2027), Y (end of 2027) and Z (2028)."): each
# item runs from the joint before it to its bracket; the clause that leads the list in is no part of the
# first. (Bracket searches are bounded: a bracket's text is short, read once from its opening.)
LISTED_BRACKET = re.compile(r"\((?P<target>[^()\n]{2,40})\)(?=\s*(?:,|;|\.|$|\s(?:and|or|as\s+well\s+as)\s))")
LIST_JOINTS = re.compile(r"\s*(?:[,;]\s*)?(?:(?:and|or|as\s+well\s+as)\s+)?", re.IGNORECASE)
LIST_LEAD_IN = re.compile(
    r"(?:[^\n:]{0,80}\b(?:include|includes|including|are|is|comprise|comprises|cover|covers|will\s+be)\b"
    r"|[^\n:]{0,60}:)\s+",
    re.IGNORECASE,
)
LISTED_ITEMS = 2


def bracketed_list_parts(block: Block) -> list[Block]:
    """The work items of a sentence listing two or more, each with its target in brackets (LISTED_BRACKET):
    one block an item, its bracket kept for the item's reading; none for any other block."""
    text = block.text
    found = [m for m in LISTED_BRACKET.finditer(text) if parse_target(m.group("target")) is not None]
    if len(found) < LISTED_ITEMS or len(text) > DESCRIPTION_LENGTH or when_first(text) is not None:
        return []  # (a timeline's line opening with its period, "2027-02 (Feb) to 2027-03 (Mar) X": no list)
    parts, start = [], 0
    for index, bracket in enumerate(found):
        joint = LIST_JOINTS.match(text, start)
        begin = joint.end() if joint is not None else start
        if index == 0:
            lead = LIST_LEAD_IN.match(text, begin)
            begin = lead.end() if lead is not None and lead.end() < bracket.start() else begin
        piece = text[begin : bracket.end()].strip()
        if len(text[begin : bracket.start()].split()) < 2:
            return []
        offset = text.index(piece, begin)
        spans = block.span_of(offset, offset + len(piece))
        parts.append(Block("item", piece, ((0, spans[0][0], spans[0][1]),)))
        start = bracket.end()
    return parts


def is_dated_line(text: str) -> bool:
    """A line that opens with its ISO day or month, or with a target and a colon or dash ("Q3 2026: X"),
    or has dotted leaders and a target on one side, or ends on a target ("X: Q3 2026", "X - TBD")."""
    if LEADING_ISO.match(text) is not None:
        return True
    gapped = LEADING_GAPPED.match(text)
    target = parse_target(gapped.group("target")) if gapped is not None else None
    if target is not None and not target.is_status and target.kind != "year":
        return True  # "Q2 2027    First draft of X": a timeline's two columns (a year's may be history)
    if SIGNATURE_LINE.search(text) is not None:
        return False
    if opens_with_target(text) or dashless_day(text) is not None:
        return True  # ("16th of April first public draft": a day opening a timeline's line without a dash)
    done = done_tail(text)  # "X - published 9 Apr 2027": an item met, dated by when
    if done is not None and len(done[0].split()) >= 2:
        return True
    item, target = split_item(text)
    return (
        target is not None
        and len(item.split()) >= 2
        and DATE_LABEL.search(item.rstrip(" :-\u2013\u2014")) is None
    )


def leader_lines(block: Block) -> list[Block]:
    """The lines of a block a reader joined, when each is an item with dotted leaders ("X ..... Q3
    2025"): one block a line; the block alone otherwise."""
    offsets = [offset for offset, _, _ in block.pieces]
    if len(offsets) < 2:
        return [block]
    parts = []
    for index, offset in enumerate(offsets):
        end = offsets[index + 1] if index + 1 < len(offsets) else len(block.text)
        text = block.text[offset:end].strip()
        if not text or LEADER.search(text) is None:
            return [block]
        start = block.text.index(text, offset)
        spans = block.span_of(start, start + len(text))
        parts.append(Block("item", text, ((0, spans[0][0], spans[0][1]),)))
    return parts


def section_drafts(ctx: Context) -> list[Draft]:
    drafts: list[Draft] = []
    sections = ctx.layout.sections
    for index, section in enumerate(sections):
        if section.kind != "milestones":
            continue
        strong = section.heading is None or STRONG_HEADING.search(section.heading.text) is not None
        following = sections[index + 1] if index + 1 < len(sections) else None
        if titles_an_item(section.heading) and not section.blocks and following and following.heading is None:
            # "Work item: X" over its "Status:" and "Target:" lines, which a reader put in a section of
            # their own with no heading: the item's fields all the same
            section = Section(section.kind, section.heading, following.blocks)
        found = section_milestones(section)
        drafts += [d for d in found if strong or d.target is not None]
    return drafts


def section_milestones(section: Section) -> list[Draft]:
    """One milestone section's rows, items and dated paragraphs, under its sub-headings."""
    drafts: list[Draft] = []
    heading_target = None
    name, theme, priority = None, None, None
    width = 0  # the cells of the table's first row: a row with fewer was cut off
    header: list[str] | None = None
    periods: dict[int, str] = {}
    # a work item written as a heading, waiting for its target field: the section's own heading when it
    # names one ("4.1 Work item: X" of minutes' numbered agenda)
    headed: Block | None = section.heading if titles_an_item(section.heading) else None
    previous: Block | None = headed
    prior: Block | None = None  # the block before `previous`
    period: Target | None = None  # a line that is a period alone, the target of what it stands over
    period_block: Block | None = None  # that line
    record = RecordFields()
    tracked = False  # the block before was a tracker's status line: a progress line may follow it
    led = False  # the block before led in rows written alone ("Add the following row after item 5:")
    for block in section.blocks:
        led, lead_in = leads_in(block), led
        if tracked and PROGRESS_LINE.match(block.text):
            continue  # "71% 7 issues (5 closed - 2 open)" under the status line: no item
        if previous is not None and previous.kind == "row" and struck_row(block):
            continue  # "2.2" alone between rows "2.1" and "2.3": a row struck out, its number left
        status = tracker_status(block) if previous is not None and previous.kind == "heading" else None
        tracked = status is not None
        marked = (
            status_line(block)
            if status is None and previous is not None and previous.kind == "heading"
            else None
        )
        if marked is not None and drafts and prior is not None and drafts[-1].blocks == [prior]:
            # "Joint work items \u2013 not started" over the title this status line is under: the titles'
            # group heading, whose status was read as an item's
            drafts = drafts[:-1] if drafts[-1].target is None or drafts[-1].target.is_status else drafts
        status = status or marked
        if status is not None:  # "Completed (06/30/2026)" under a version's title: the title's target
            draft = titled_draft(previous, block, status, name, theme, priority) if status.text else None  # type: ignore[arg-type]
            drafts += [draft] if draft is not None else []
            headed, prior, previous = None, previous, block
            continue
        prior = previous
        actions = marked_actions(block)
        if actions is not None:  # "ACTION: Ada to ... by DATE" under a topic's heading: an action, no field
            drafts += actions
            headed, previous = None, block
            continue
        part, target = record.step(headed, block)
        if part:  # "Owner" / "HMC" / "Target" / "Q3 2026" under the item's title: its record's fields
            draft = titled_draft(headed, block, target, name, theme, priority) if target else None  # type: ignore[arg-type]
            drafts += [draft] if draft is not None else []
            headed = None if draft is not None else headed
            previous = block
            continue
        if (
            period_line(block) is not None or day_span(block) is not None
        ):  # "03 February \u2192 28 March 2027"
            period, previous, headed = period_line(block) or day_span(block), block, None
            period_block = block
            continue
        if period is not None and ends_labelled_period(period_block, block):
            period = None  # "- Review / Comment (1Q2007)" / "  - X" / "- Y (in progress)": Y is no item of it
        if period is not None and block.kind == "heading" and len(block.text.split()) < 2:
            period = None  # "Later", "Backlog" after the periods' items: a heading, no item of the period
        if period is not None and block.kind != "item" and previous is not None and previous.kind == "item":
            period = None  # "Contacts: ..." after the list under "2027/06/15": the list is over
        if period is not None and block.kind in ("heading", "paragraph", "item") and not is_dated(block.text):
            drafts.append(period_item(block, period, name, theme, priority, in_section=True))
            period = period if block.kind == "item" else None  # a list under "Q3 2026" shares it
            previous = block
            continue
        period = None
        if names_an_item(block):  # "Deliverable: X" over "Due: Q3 2025": the record's item
            headed, previous = block, block
            continue
        if headed is not None and is_field_line(block):
            draft = headed_draft(headed, block, name, theme, priority)
            if draft is not None and not (drafts and drafts[-1].blocks[0] is headed):
                drafts.append(draft)
            continue  # "Owner: ...", "Status: ...": the heading's fields, no items of their own
        if drafts and drafts[-1].blocks[-1] is previous and is_field_line(block) and field_of(block):
            take_field(drafts[-1], block)  # "A.1 Title. What it is." / "Timeframe: Q4 2026"
            continue
        previous = block
        # a title's description ("### Joint glossary" / "One list of the terms ..." / "Expected: Q1 2026"):
        # the title still waits for its target field
        headed = block if block.kind == "heading" else headed if describes(block, headed) else None
        if block.kind == "row" and not width:
            width, header = len(block.cells), table_header(block)
            periods = period_columns(block) if header is not None else {}
        elif (
            block.kind == "row"
            and len(block.cells) < width
            and not periods
            and not any(parse_target(c.text) for c in block.cells)
        ):
            continue  # "| 4 | Align the telemetry log with" at the end of a truncated document
        if block.kind != "row":
            width = 0
        if (
            block.kind == "heading"
            and not block.explicit
            and (is_dated_line(block.text) or is_changed_row(block) or numbered_step(block))
        ):
            # "2025-03-04 Joint kick-off call", "June 2025 ..... X", "3. First draft distributed by 30 June
            # 2027": short lines read as headings for their shape, dated steps
            drafts.append(item_draft(block, name, theme, priority, heading_target, in_section=True))
        elif block.kind == "heading":
            match = PRIORITY.search(block.text)
            if match:
                theme, priority = block.text[: match.start()].strip(), int(match.group("priority"))
            else:
                name, theme, priority = block.text.rstrip(":"), None, None
                heading_target = status_of_heading(block.text)
        elif block.kind == "row":
            draft = row_draft(block, name, theme, priority, heading_target, header, periods)
            if draft is not None:
                drafts.append(draft)
        elif lead_in and (row := piped_row(block)) is not None:  # a row written alone, an amendment's to add
            led = True
            draft = row_draft(row, name, theme, priority, heading_target)
            drafts += [draft] if draft is not None and draft.target is not None else []
        elif block.kind == "item" and (row := item_as_row(block, header)) is not None:
            # "3.1  Mapping of ... value   FIDO   Q1 2027" under "No.  Work item  Lead  Target": a row
            draft = row_draft(row, name, theme, priority, heading_target, header, periods)
            drafts += [draft] if draft is not None else []
        elif block.kind == "item" and is_sub_item(block, drafts):
            add_child(drafts[-1], block)
        elif block.kind in ("paragraph", "item") and len(when_lines(block)) > 1:
            # "2027-01-12 X (done) 2027-01-26 Y", "16 April - X" over "14 May - Y": a timeline's lines that a
            # reader joined, each dated by its opening
            found = [when_draft(b, name, theme, priority) for b in when_lines(block)]
            drafts += [draft for draft in found if draft.target is not None]
        elif block.kind in ("paragraph", "item") and len(leader_lines(block)) > 1:
            # "Meeting #49 (June 2025) ..... X" over "Meeting #50 (October 2025) ..... Y", joined by a reader
            drafts += [
                item_draft(b, name, theme, priority, heading_target, True) for b in leader_lines(block)
            ]
        elif block.kind in ("paragraph", "item", "heading") and moved_targets(block):
            drafts += moved_targets(block)  # "Item 3 (X): target changed from Q2 2027 to 31 Mar 2027."
        elif block.kind in ("paragraph", "item") and len(changed_rows(block)) > 1:
            # "Row 2 (revised): X - target moved to 1H2027 Row 3 (revised): Y ...", joined by a reader
            drafts += [
                item_draft(b, name, theme, priority, heading_target, True) for b in changed_rows(block)
            ]
        elif block.kind in ("paragraph", "item") and bracketed_list_parts(block):
            drafts += [
                item_draft(b, name, theme, priority, heading_target) for b in bracketed_list_parts(block)
            ]
        elif block.kind in ("paragraph", "item") and len(run_on_items(block)) > 1:
            # "A.1 Publish ..., target Q2 2024. A.2 Describe ..., target 2Q2025." read as one block
            drafts += [item_draft(b, name, theme, priority, heading_target) for b in run_on_items(block)]
        elif block.kind == "paragraph" and len(timetable_steps(block)) > 1:
            # "First Working Draft in October 2028." over "Last Call in June 2029.": a charter's timetable,
            # one step a line ending on its target, that a reader ran into one paragraph
            steps = timetable_steps(block)
            drafts += [item_draft(b, name, theme, priority, heading_target, True) for b in steps]
        elif block.kind == "paragraph" and len(clauses := dated_clauses(block)) > 1:
            # "The kick-off will be held on 12 May 2027 and the closing workshop in November 2027": two
            # steps in one sentence; over the timeline's own dated items, its lead sentence: no step
            if not any(b.kind == "item" and b is not block and is_dated(b.text) for b in section.blocks):
                drafts += [item_draft(b, name, theme, priority, None, True) for b in clauses]
        elif block.kind == "paragraph" and planned_drafts(block, name, theme, priority):
            # "The group expects to publish X in ..."; a lead sentence of two dated steps over the list: none
            over_list = any(b.kind == "item" and b is not block and is_dated(b.text) for b in section.blocks)
            drafts += planned_drafts(block, name, theme, priority, over_list=over_list)
        elif block.kind == "item" or (
            block.kind == "paragraph"
            and (is_dated(block.text) or under_status(block, heading_target) or when_first(block.text))
        ):
            draft = item_draft(block, name, theme, priority, heading_target, in_section=True)
            if draft.target is heading_target and when_first(block.text) is not None:
                draft = when_draft(block, name, theme, priority)  # "2027-03-18 Interop workshop: review of X"
            drafts += [] if draft.target is None and is_instruction(block.text) else [draft]
    return drafts


# A list item that is a work item's label with its period in brackets ("Review / Comment (1Q2007)"), not a
# period alone: its sub-items share the period, the items beside it do not
LABELLED_PERIOD = re.compile(r"^(?=[^()]*[A-Za-z]{3})[^()]{3,80}?[ \t]*\((?P<period>[^()]{2,30})\)[ \t.:]*$")


def ends_labelled_period(period_block: Block | None, block: Block) -> bool:
    """Whether a list item stands beside (not under) the item whose period its list shares, where that item
    is a label with its period in brackets (LABELLED_PERIOD): a slide's "Review / Comment (1Q2007)" over
    its sub-items, then the next pursued item at the same depth with its own state."""
    if period_block is None or period_block.kind != "item" or block.kind != "item":
        return False
    labelled = LABELLED_PERIOD.match(period_block.text)
    return labelled is not None and block.depth <= period_block.depth


def marked_actions(block: Block) -> list[Draft] | None:
    """The dated actions of a line of a work-item section that opens with an action's marker (MARKED_ACTION:
    "ACTION: Ada to circulate ... by 15 May 2027", "[NEW] ACTION: ... [NEW] ACTION: ..." run together);
    None for any other line. An action without a date is none of the section's work items."""
    if block.kind not in ("paragraph", "item", "heading") or MARKED_ACTION.match(block.text) is None:
        return None
    parts = [cut_joined_line(part) for part in action_parts(block, True)]
    found = [item_draft(part, None, None, None, None, True) for part in parts]
    return [draft for draft in found if draft.target is not None]


# An action's date followed by a short line a plain-text reader ran into it: the next topic's heading or the
# minutes' closing mark ("... by 17 March 2027 Buoy telemetry", "... by 30 April 2027 [End of minutes]")
JOINED_LINE = re.compile(
    r"\s(?:by|due(?:\s+by)?|before|until|-\s+due)\s+(?P<date>\S[^\n]{2,28}?)"
    r"(?=\s+(?:\[[^\]\n]{2,30}\]|[A-Z][\w-]*(?:\s+[\w-]+){0,4})\s*$)"
)


def cut_joined_line(part: Block) -> Block:
    """An action without the short line run into it after its date (JOINED_LINE); the action as it is when
    its date ends it, or when what follows the date is no line of its own."""
    if split_item(without_action_label(part.text))[1] is not None:
        return part
    for found in JOINED_LINE.finditer(part.text):
        if parse_target(found.group("date")) is not None:
            end = found.end("date")
            return Block(part.kind, part.text[:end], pieces_of(part, 0, end))
    return part


def struck_row(block: Block) -> bool:
    """Whether a block is a table row's reference alone ("2.2", "A.3"), not written as a row: what a reader
    leaves of a row whose cells were struck out (a tracked change's deleted row), no end of the table."""
    text = block.text.strip()
    return (
        block.kind != "row"
        and bool(text)
        and REFERENCE_CELL.match(text) is not None
        and any(ch.isdigit() for ch in text)
    )


# A project tracker's status line under a version's title (Redmine, GitLab, Jira roadmaps): how the version
# stands against its due date, the date in brackets ("Completed (06/30/2026)", "46 days late (10/20/2026)",
# "Due in 67 days (02/10/2027)", "Released (28/Nov/25)"), the progress of its issues maybe run on after it;
# or that it has none ("No due date"). Bounded: it is tried on one line at a time.
TRACKER_STATUS = re.compile(
    r"^(?:(?:(?:completed|closed|released|done|finished|due|overdue|late|open|locked)"
    r"|(?:due\s{1,3})?in\s{1,3}\d{1,4}\s{1,3}(?:days?|weeks?|months?)"
    r"|\d{1,4}\s{1,3}(?:days?|weeks?|months?)\s{1,3}(?:late|overdue|left|ago|remaining|past\s{1,3}due))"
    r"\s{0,3}[(\[](?P<date>[^()\[\]\n]{4,30})[)\]]|(?P<none>no\s{1,3}due\s{1,3}date))"
    r"(?:\s{0,3}$|\s{1,3}\d{0,3}\s?%?\s{0,3}\d{1,5}\s{1,3}issues?\b)",
    re.IGNORECASE,
)
# The progress of a version's issues ("71% 7 issues (5 closed - 2 open)", "0 issues (0 closed - 0 open)")
PROGRESS_LINE = re.compile(r"^\s{0,3}(?:\d{1,3}\s?%\s{1,3})?\d{1,5}\s{1,3}issues?\b", re.IGNORECASE)
NO_TARGET_YET = Target("", "status", "", known_status=False)


def tracker_status(block: Block) -> Target | None:
    """The target a tracker's status line gives its version (TRACKER_STATUS): the date in brackets as
    written; a target with no text for "No due date" (a backlog, no milestone); None for any other block."""
    if block.kind not in ("heading", "paragraph") or (block.explicit and block.kind == "heading"):
        return None
    status = TRACKER_STATUS.match(block.text.strip())
    if status is None:
        return None
    if status.group("none"):
        return NO_TARGET_YET
    target = parse_target(status.group("date").strip())
    return (
        Target(status.group("date").strip(), target.kind, target.key, target.start, target.end)
        if target
        else None
    )


# A work item's status line under its title, as slides, status reports and dashboards write it: a mark
# (a tick, a circle, a box), or a "Status:" label, the status's words, then the date after a dash, comma or
# colon, maybe cued ("\u25d0 In progress \u2013 target Q3 2027", "\u2713 Done \u2013 published December
# 2026", "Status: on track, due 2027-11-30"); or the status alone ("\u25cb Not started"). Bounded: one line,
# tried once.
STATUS_MARK = (
    r"(?:[\u2713\u2714\u2705\u2610\u2611\u2612\u274c\u2716\u25cb\u25cf\u25d0\u25d1\u25d2\u25d3\u25d4\u25d5"
    r"\u25ef\u26aa\u26ab\u2b55\U0001f7e0-\U0001f7eb\U0001f534\U0001f535]\ufe0f?|\[[ xX\u2713\u2714]\])"
)
STATUS_WORDS = (
    r"(?:done|complete|completed|finished|delivered|published|released|in\s{1,3}progress|on\s{1,3}track"
    r"|at\s{1,3}risk|delayed|late|planned|not\s{1,3}started|open|closed|on-?going|on\s{1,3}hold|pending"
    r"|blocked|proposed|drafting|under\s{1,3}review)"
)
STATUS_LINE = re.compile(
    rf"^(?:(?P<mark>{STATUS_MARK})[ \t]{{0,3}}|(?P<label>status)[ \t]{{0,3}}:[ \t]{{0,3}})(?:{STATUS_WORDS})"
    r"[ \t]{0,3}(?:(?:[-,:;\u2013\u2014|][ \t]{0,3})(?P<rest>[^\n]{2,60}?))?[ \t.]{0,3}$",
    re.IGNORECASE,
)
STATUS_CUE = re.compile(
    r"^(?:target(?:\s+date)?|due|by|eta|expected|planned\s+for|published|released|completed|delivered"
    r"|finished|done)\s{0,3}:?\s{1,3}(?=\S)",
    re.IGNORECASE,
)


def status_line(block: Block) -> Target | None:
    """The target a work item's status line gives its title (STATUS_LINE): the date after its status as
    written, without its cue; a target with no text for a status with no date (no milestone); None for any
    other line, and for one whose words after the status are no date."""
    if block.kind not in ("heading", "paragraph", "item", "field") or (
        block.explicit and block.kind == "heading"
    ):
        return None
    match = STATUS_LINE.match(" ".join(line_text(block).split()))
    if match is None:
        return None
    rest = match.group("rest")
    if rest is None:  # "\u25cb Not started": no milestone; "Status: open" waits for the target field
        return NO_TARGET_YET if match.group("mark") else None
    rest = STATUS_CUE.sub("", rest.strip(), count=1)
    return parse_target(rest) or cued_target(rest)


STATUS_ITEM_WORDS = 20


def under_status(block: Block, heading_target: Target | None) -> bool:
    """A short line under a heading that says its work runs all along ("On-going activities" over
    "Cross-review of each other's drafts."): one of the heading's items, written without a bullet."""
    running = heading_target is not None and heading_target.key in RUNNING  # not "Completed" over a remark
    return running and len(block.text.split()) <= STATUS_ITEM_WORDS


# An amendment's lettered instruction about the register's items ("(a) Item 5.2 is replaced by the
# following:", "(b) Item 5.4 is deleted; ..."): no work item. (A list's lead-in ending on a colon is
# not one: "Phase 2 deliverables:" heads the sub-items below it, which were else run into the item before.)
INSTRUCTION = re.compile(
    r"\b(?:is|are)\s+(?:hereby\s+)?(?:replaced|deleted|removed|added|amended|inserted|renumbered|struck)\b",
    re.IGNORECASE,
)


def is_instruction(text: str) -> bool:
    return INSTRUCTION.search(text) is not None


# A field line under a work item written as a heading ("### WI-2: Title" / "- **Timeline:** H2/2026"):
# its label one of the names a table gives its columns
FIELD_ITEM = re.compile(r"^(?P<label>[A-Za-z]+(?: [A-Za-z]+){0,2})\s*+:\s*+(?P<value>\S[^\n]{0,80})$")
FIELD_LABEL = re.compile(r"[A-Za-z]+(?: [A-Za-z]+){0,2}")
# A work item's identifier in front of its title ("WI-3:", "Item 4 -", "3.2", "D1.")
ITEM_ID = re.compile(
    r"^(?:(?:work\s+)?item\s+\d{1,3}|WI[-\s]?\d{1,3}|(?-i:[A-Z]{1,3})-?\d{1,3}|\d{1,2}(?:\.\d{1,2}){0,3})"
    r"[a-z]?(?:\s*+[.:)\u2013\u2014-]\s*+|\s++)(?=\S)",
    re.IGNORECASE,
)


# The field of a record of `Label: value` lines that names its work item ("Deliverable: X", "Work item:
# X"), the others giving its target, owner and status ("Due: Q3 2025", "Owner: HMC")
ITEM_FIELD = re.compile(
    r"^\W{0,3}(?:deliverable|(?:work\s+)?item|milestone|task|activity|output|work\s+package)\s{0,3}:\s*+(?=\S)",
    re.IGNORECASE,
)


DESCRIPTION_LENGTH = 600


def describes(block: Block, headed: Block | None) -> bool:
    """Whether `block` is the description of the title `headed` stands for, between the title and its
    target field: an undated paragraph under it that is no field line."""
    if headed is None or block.kind != "paragraph" or len(block.text) > DESCRIPTION_LENGTH:
        return False
    return FIELD_ITEM.match(block.text) is None and not is_dated(block.text)


def names_an_item(block: Block) -> bool:
    """A line that is the item field of a record alone (its target in a field line after it); a record
    read as one line ("Deliverable: X; Due: Q3 2025") is an item with its fields."""
    opening = ITEM_FIELD.match(block.text) if block.kind in ("heading", "paragraph", "item") else None
    return opening is not None and NEXT_FIELD.search(block.text, opening.end()) is None


def is_field_line(block: Block) -> bool:
    """A "Label: value" line (an item, a paragraph, or a short line read as a heading for its shape); or a
    line a reader took for a field of the document's ("Status: draft circulated." under a numbered agenda
    item's heading), whose name it keeps apart from its value."""
    if block.kind == "field":  # the reader's field: its value may run on with the lines after it
        return block.label is not None and FIELD_LABEL.fullmatch(block.label) is not None
    kinds = ("item", "paragraph") if block.explicit else ("item", "paragraph", "heading")
    return block.kind in kinds and FIELD_ITEM.match(block.text) is not None


def line_text(block: Block) -> str:
    """A block's line as written: a field a reader parted keeps its name before its value."""
    return f"{block.label}: {block.text}" if block.kind == "field" and block.label else block.text


# A header's field ("Approval:  Agreed at ...", "Source: SG17"): a one-word label, no title of a work item
ONE_WORD_FIELD = re.compile(r"^\W{0,3}[A-Za-z][\w./-]{0,20}\s*:")


def names_a_field(block: Block) -> bool:
    """Whether a "Label: value" line is a field of the title above it: its target ("Due: Q3 2026") or its
    owner, status or notes; not the first words of another title ("Reference mapping: buoy telemetry
    fields") nor an action ("ACTION: Ada Lind to circulate ...")."""
    return field_of(block) is not None or FIELD_CHILD.match(block.text) is not None


def field_of(block: Block) -> Target | None:
    """The target a field line gives ("Timeframe: Q4 2026", "Due: end of 2026"); None for another
    field or a bare "Date:" (a signature's)."""
    field = FIELD_ITEM.match(line_text(block))
    if field is None or not HEADER_CELL.fullmatch(field.group("label").strip()):
        return None
    column = TARGET_COLUMN.match(field.group("label").strip())
    if column is None or column.group("bare") or field.group("label").strip().lower() == "date":
        return None
    return cell_target(field.group("value").strip().rstrip("."))


def take_field(draft: Draft, block: Block) -> None:
    """An item's target written on the line after it: the item keeps its text, the field its target."""
    draft.blocks.append(block)
    draft.target = draft.target or field_of(block)


def headed_draft(heading: Block, field_block: Block, name, theme, priority) -> Draft | None:
    """A work item whose title is a heading and whose target is a field under it ("Timeline: Q3 2026");
    None for another field (the owner, the status), which waits with the heading for the target."""
    target = field_of(field_block) or run_on_target(field_block)
    return titled_draft(heading, field_block, target, name, theme, priority) if target is not None else None


def run_on_target(block: Block) -> Target | None:
    """The target of a target field a reader ran onto another field line under the item's title ("Status:
    draft circulated. Next step: resolve the comments. Target: Q1 2028", a Markdown paragraph joining the
    lines): the last such field's value; None when the line holds none. One scan of the line."""
    found = None
    for field_match in LABELLED_VALUE.finditer(line_text(block)):
        value = field_match.group("value").strip()
        found = parse_target(value) or cued_target(value) or found
    return found


def titled_draft(heading: Block, field_block: Block, target: Target, name, theme, priority) -> Draft | None:
    """A work item whose title is a heading, with the target a block under it gives; None for a title
    of one word."""
    text = item_title(heading.text)
    if len(text.split()) < 2:
        return None
    return Draft([heading, field_block], [text], compact_label(text), target, name, theme, priority)


def item_title(text: str) -> str:
    """A work item's title without its identifier and its field name, in either order ("WI-3: X", "Work
    item: X", "4.1 Work item: X", "Work item 4.1: X")."""
    once = ITEM_ID.sub("", ITEM_FIELD.sub("", text, count=1), count=1)
    return ITEM_FIELD.sub("", once, count=1).strip().rstrip(".:")


def titles_an_item(heading: Block | None) -> bool:
    """Whether a section's heading names one work item ("4.1 Work item: X", "WI-3: X" under minutes'
    numbered agenda): its fields below it give the item's target."""
    if heading is None:
        return False
    text = ITEM_ID.sub("", heading.text, count=1)
    return ITEM_FIELD.match(text) is not None and len(item_title(heading.text).split()) >= 2


# A record's field name on a line of its own, its value on the next ("Owner" / "HMC", "Target" / "Q3
# 2026"): a wiki's data entry, an HTML definition list; and a target field at the end of a paragraph that
# ran such lines together ("Owner HMC Status Drafting. Target June/July 2026")
LINK_LABEL = re.compile(
    r"^(?:latest|current|editor'?s?)\s+(?:draft|version)$|^(?:url|link|web\s?page)$", re.I
)
TRAILING_FIELD = re.compile(
    r"(?:^|(?<=[.;:\s]))(?-i:Target|Due|Deadline|Expected|Timeframe)(?:\s+date)?\s+(?=\S)"
)
TRAILING_TARGET_LENGTH = 40


def bare_label(block: Block) -> str | None:
    """The field name a line is alone ("Owner", "Status", "Target date", "Latest draft"), or None."""
    text = block.text.strip().rstrip(":").strip()
    if block.kind not in ("heading", "paragraph") or len(text) > 30:
        return None
    return text if HEADER_CELL.fullmatch(text) or LINK_LABEL.match(text) else None


def trailing_field_target(text: str) -> Target | None:
    """The target a paragraph's last field gives ("... Status Running. Target On-going")."""
    fields = list(TRAILING_FIELD.finditer(text, max(0, len(text) - TRAILING_TARGET_LENGTH - 20)))
    value = text[fields[-1].end() :].strip().rstrip(".") if fields else ""
    if not value or len(value) > TRAILING_TARGET_LENGTH:
        return None
    badges = BADGE_TAIL.search(value)  # "Due Jul 31, 2026 0/4": a board card's counts after its due date
    return parse_target(value) or (parse_target(value[: badges.start()]) if badges is not None else None)


# The badges a board's card shows after its due date: its checklist's progress ("0/4") and its count of
# comments ("3"), tried only when the value with them reads as no target
BADGE_TAIL = re.compile(r"(?:[ \t]{1,3}(?:\d{1,3}/\d{1,3}|\d{1,3})){1,3}$")


@dataclass
class RecordFields:
    """The fields of a record under a work item's title, read one block at a time: a bare field name,
    then its value (the target's value is the item's target); or a paragraph ending on the target field."""

    waiting: str | None = None  # "target" or "other": a field name was read, its value comes next

    def step(self, headed: Block | None, block: Block) -> tuple[bool, Target | None]:
        """Whether `block` belongs to the record of the title `headed`, and the target it gives."""
        if headed is None or block.kind not in ("heading", "paragraph") or block.explicit:
            self.waiting = None  # a table, a list or a heading of the format's: no field's value
            return False, None
        if self.waiting is not None:
            waiting, self.waiting = self.waiting, None
            value = " ".join(block.text.split())
            return True, (parse_target(value) or written_target(value)) if waiting == "target" else None
        label = bare_label(block)
        if label is not None:
            column = TARGET_COLUMN.match(label)
            self.waiting = (
                "target"
                if column is not None and not column.group("bare") and label.lower() != "date"
                else "other"
            )
            return True, None
        target = trailing_field_target(block.text) if block.kind in ("paragraph", "heading") else None
        return target is not None, target


PERIOD_LINE_LENGTH = 30


def period_line(block: Block) -> Target | None:
    """The period a line of a work-item section is alone ("Q2 2026", "June 2027": a timeline's term,
    a heading over a quarter's items), which the item after it takes as its target; None for any
    other line, and for a status alone ("Completed"), which the heading rules read. A list's item that
    is a date alone dates the items after it as a line does (a nested timeline whose reader lost the
    nesting: "- April 8, 2027" over "- Editors to post CSD02"); a lead-in's cue is none of the period
    ("By 15 April 2027:", "By the June plenary:" over the items due then), and with the cue an occasion
    is a period too."""
    text = block.text.strip().rstrip(":").rstrip()
    if block.kind not in ("heading", "paragraph", "item") or len(text) > PERIOD_LINE_LENGTH + 10:
        return None
    if FIELD_ITEM.match(text) is not None:
        return None  # "Target: Q1 2028" under an item's title: the title's field, no period over the next
    cue = PERIOD_CUE.match(text)
    target = when_target(text)
    if target is None or len(target.text) > PERIOD_LINE_LENGTH:
        return None
    if target.is_status and cue is not None and dates_a_line(target):
        return target  # "By the June plenary:", "By end of FY27:": the occasion the items are due at
    return target if not target.is_status or counts_from_start(target) else None  # "Month 6" too


# A lead-in's cue before the period a line stands for ("By 15 April 2027:", "Until the June plenary:", "Due
# end of Q3 FY27:"): the items under it are due then, and the cue is no part of their target
PERIOD_CUE = re.compile(r"^(?:by|until|before|due(?:[ \t]by)?|no[ \t]later[ \t]than)[ \t]+(?=\S)", re.I)
# A point of a body's fiscal year, an open target kept as written ("end of FY27", "Q3 FY2027")
FISCAL_POINT = re.compile(r"^(?:(?:the[ \t])?(?:end|start|middle)[ \t]of[ \t])?(?:Q[1-4][ \t])?FY", re.I)


def is_dated(text: str) -> bool:
    """A paragraph of a work-item section that states its target (at its end, or opening it)."""
    text = unquoted(text)
    return split_item(text)[1] is not None or split_in_section(text)[1] is not None


def is_cut_off(row: Block, width: int) -> bool:
    """A row with fewer cells than its table's first and no target: the end of a truncated table."""
    return len(row.cells) < width and not any(parse_target(c.text) for c in row.cells)


def is_sub_item(block: Block, drafts: list[Draft]) -> bool:
    """Whether an indented item belongs to the item before it: only when that one is less indented (a
    list indented as a whole is a list of its own, "   1. ... 2. ... 3. ..."), and is no marked action
    ("ACTION: ...", whose line is all of it)."""
    return (
        block.depth > 0
        and bool(drafts)
        and not drafts[-1].is_row
        and MARKED_ACTION.match(drafts[-1].blocks[0].text) is None
        and drafts[-1].blocks[0].depth < block.depth
    )


def status_of_heading(text: str) -> Target | None:
    """ "On-going activities" gives its milestones the target "On-going"."""
    words = text.split()
    for size in (2, 1):
        target = parse_target(" ".join(words[:size]))
        if target is not None and target.is_status:
            return target
    return None


# A column named by when its rows are to be done ("To be completed / progressed by", "Complete by", "By when")
DONE_BY = (
    r"(?:to\s+be\s+)?(?:completed?|done|delivered|finished|progressed|closed|resolved)"
    r"(?:\s?/\s?(?:completed?|done|delivered|finished|progressed|closed|resolved))?\s+by|by\s+when"
)
TARGET_COLUMN = re.compile(
    r"^(?:(?P<age>new|revised|current|updated|amended|previous|old|original|initial|former)\s+)?"
    rf"(?:{DONE_BY}|"
    r"target(?:\s+(?:date|quarter|month|period|release))?|due(?:\s+(?:date|by))?|date\s+due|deadline"
    r"|time\s?frame|timeline|schedule|timing|eta|(?:by\s+)?when|date|expected(?:\s+(?:date|by))?"
    r"|planned(?:\s+(?:date|quarter|for))?"
    # a schedule's end column ("Completion Date", "Planned finish"), not its "Start Date"
    r"|(?:(?:planned|expected|estimated|scheduled|target)\s+)?(?:completion|end|finish|delivery)(?:\s+date)?"
    r"|zieltermin|termin|frist|f(?:ä|ae)llig(?:keit)?|zeitrahmen|geplant(?:\s+f(?:ü|ue)r)?)$"
    r"|^(?P<bare>now|after|before|was)$",  # a change table's "Item | Before | Now", "Item | Was | Now"
    re.IGNORECASE,
)
SCHEDULE_COLUMN = re.compile(
    rf"^(?:(?:new|revised|current|updated)\s+)?(?:{DONE_BY}|"
    r"target(?:\s+(?:date|quarter|month|period))?|due(?:\s+(?:date|by))?"
    r"|deadline|time\s?frame|timeline|eta|expected(?:\s+date)?|planned(?:\s+(?:date|quarter))?"
    r"|zieltermin|termin|frist|f(?:ä|ae)llig(?:keit)?|zeitrahmen)$",
    re.IGNORECASE,
)
# The target an addendum's change table replaced ("Previous target"): read only when no new one is given
OLD_TARGET = re.compile(r"^(?:previous|old|original|initial|former|before|was)$", re.IGNORECASE)
# A row an addendum takes out of the register ("withdrawn", "withdrawn (no resources)", "dropped - no
# volunteer"): no milestone any more
WITHDRAWN = re.compile(
    r"^(?:withdrawn|deleted|removed|cancell?ed|dropped|superseded)(?:$|\s*+[(:;,\u2013\u2014-])",
    re.IGNORECASE,
)
# "4. GeoSPARQL 1.3 candidate standard": the item's number in its own cell is no part of it
ITEM_NUMBER = re.compile(r"^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s+(?=\S)")


def row_draft(
    block: Block,
    name,
    theme,
    priority,
    heading_target,
    header: list[str] | None = None,
    periods: dict[int, str] | None = None,
) -> Draft | None:
    cells = row_cells(block, len(header) if header is not None else 0)
    if header is not None and cells == header:
        return None  # the header row itself ("Work item | Lead | Q1 2026 | ...")
    if any(WITHDRAWN.match(c) for c in cells[1:]):
        return None
    if periods and len(periods) >= 2:
        target = gantt_target(block, periods)
        # the item's column: the one the header names ("| # | Work item | Lead | 2026-Q1 |"), else the first
        # that is no row number
        text = ITEM_NUMBER.sub("", cells[row_item_column(cells, header, None)])
        if target is None or not text.strip(" .-"):
            return None
        return Draft([block], [text], text.rstrip("."), target, name, theme, priority, is_row=True)
    column = target_column(header, len(cells), cells)
    item = row_item_column(cells, header, column)
    if header is None and period_first(cells):
        column, item = 0, 1  # "Q2 2027 <TAB> First draft of X": a timeline's row, when first and what
    if any(WITHDRAWN.match(c.strip(" .")) for i, c in enumerate(cells) if i != item):
        return None  # "| removed | Survey of ... | Q2 2025 | - |": a change table's row taken out
    if column is not None and column != item:
        # "| Item | Status | Target |", "| Target | Work item | Lead |": the named column alone, not a
        # status or a start date in another one; a row whose target cell is empty is not planned yet
        # (a target in words of its own only for an item of several words: "Contact | ... | Role" of a
        # contacts table under the work table's header is none)
        worded = len(cells[item].split()) >= 2
        target = cell_target(cells[column]) or (written_target(cells[column]) if worded else None)
        if target is None and not cells[column].strip():
            return None
    else:
        # a status cell naming its target by a cue is read as a target cell is ("Not started; due H2 2027")
        targets = [parse_target(c) or cell_target(c) for c in cells[item + 1 :]]
        target = next((t for t in targets if t is not None), None)
    if target is None and all(HEADER_CELL.match(c) for c in cells):
        return None
    target = without_cue(without_done(without_stage(target)))  # "Not started; target H2 2027": H2 2027
    text = ITEM_NUMBER.sub("", cells[item])
    if not text.strip(" .-"):
        return None
    return Draft(
        [block], [text], text.rstrip("."), target or heading_target, name, theme, priority, is_row=True
    )


# A done item's target with its status word ("done (2025-04-30)", "Q1 2026 (completed)", "delivered:
# 2026-04-30"): the date is the target, the word says it was met
DONE_WORDS = r"(?:done|complete|completed|delivered|finished|achieved|met|published)"
DONE_BEFORE = re.compile(rf"^{DONE_WORDS}\s{{0,3}}[:(]?\s{{0,3}}(?P<date>[^()]{{2,40}}?)\s{{0,3}}\)?$", re.I)
DONE_AFTER = re.compile(rf"^(?P<date>[^()]{{2,40}}?)\s{{0,3}}\(\s{{0,3}}{DONE_WORDS}\s{{0,3}}\)?$", re.I)


# An item ending on the word that it was met and its date ("X — done 2026-08-20", "X - delivered:
# 2026-04-30"), read from the item's last dash (bounded: one search from the dash, not from every blank)
DONE_TAIL = re.compile(
    rf"\s[-\u2013\u2014]\s{{1,3}}{DONE_WORDS}\s{{0,3}}:?\s{{0,3}}(?P<date>[^()\n]{{2,40}})$", re.I
)


def done_tail(text: str) -> tuple[str, Target] | None:
    """The item and the date it was met, when it ends so (DONE_TAIL); else None."""
    dash = max(text.rfind(" - "), text.rfind(" \u2013 "), text.rfind(" \u2014 "))
    match = DONE_TAIL.match(text, dash) if dash >= 0 else None
    dated = parse_target(match.group("date").strip(" .")) if match is not None else None
    if match is None or dated is None or dated.is_status:
        return None
    return text[:dash].rstrip(), dated


def without_done(target: Target | None) -> Target | None:
    """A target without the word that says it was met (DONE_BEFORE, DONE_AFTER), when a date remains."""
    if target is None:
        return None
    match = DONE_BEFORE.match(target.text.strip()) or DONE_AFTER.match(target.text.strip())
    dated = parse_target(match.group("date")) if match is not None else None
    return dated if dated is not None and not dated.is_status else target


def without_stage(target: Target | None) -> Target | None:
    """A target without the stage the item reaches then, written before it ("CDV, Dec. 2026", "DIS
    ballot, Q4 2026"): the date after the comma, when the words before it give no date."""
    if target is None or "," not in target.text:
        return target
    stage, _, period = target.text.rpartition(",")
    dated = parse_target(period.strip())
    if (
        dated is None
        or dated.is_status
        or parse_target(stage.strip()) is not None
        or any(c.isdigit() for c in stage)
    ):
        return target
    return dated


# The gap that parts a plain-text table's cells: a tab, or two spaces or more
CELL_GAP = re.compile(r"[ \xa0]*\t[ \t\xa0]*|[ \xa0]{2,}")


def item_as_row(block: Block, header: list[str] | None) -> Block | None:
    """A list item that is a row of the plain-text table whose header stands above it, as a row: "3.1
    Mapping of ... value   FIDO   Q1 2027" under "No.  Work item  Lead  Target", read as an item for its
    number. Its cells are the parts of its text between wide gaps, after its number when the header has a
    column for it; None when they are not as many as the header's columns, or the header names no target."""
    if header is None or block.kind != "item" or target_column(header, len(header)) is None:
        return None
    parts = [(m.start(), m.end()) for m in CELL_GAP.finditer(block.text)]
    bounds = [0, *(p for gap in parts for p in gap), len(block.text)]
    spans = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if b > a]
    cells = [Cell(block.text[a:b], block.to_document(a), block.to_document(b)) for a, b in spans]
    if block.label and len(cells) + 1 == len(header):
        cells.insert(0, Cell(block.label, block.start, block.start))
    if len(cells) != len(header) or len(cells) < 2:
        return None
    return Block("row", "\t".join(c.text for c in cells), block.pieces, block.depth, None, tuple(cells))


PIPE = re.compile(r"[ \t]*\|[ \t]*")
PIPED_CELLS = range(3, 9)


def piped_row(block: Block) -> Block | None:
    """A table's row written alone on a line of its own, its cells parted by bars ("6 | X | Q3 2028 | open",
    as an amendment quotes the row it adds, which no reader takes for a table of one row): as a row of
    three to eight cells, one of them a target; None for any other line."""
    if block.kind not in ("paragraph", "item", "heading") or block.explicit:
        return None
    if block.text.count("|") < 2 or len(block.text) > 400:
        return None
    text = block.text.strip()
    bars = [(m.start(), m.end()) for m in PIPE.finditer(text)]
    bounds = [0, *(b for bar in bars for b in bar), len(text)]
    spans = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=True) if b > a]
    if len(spans) not in PIPED_CELLS or not any(parse_target(text[a:b]) for a, b in spans):
        return None
    offset = block.text.index(text)
    cells = tuple(
        Cell(text[a:b], block.to_document(offset + a), block.to_document(offset + b)) for a, b in spans
    )
    return Block("row", "\t".join(c.text for c in cells), block.pieces, block.depth, None, cells)


# The label a partner page's paragraph gives what comes next ("Next: X, expected H2 2027.", "Next step:
# X, planned for Q3 2027.", "Current item: X, due H1 2028."), at its start or after a sentence's end
NEXT_LABEL = re.compile(
    r"(?:^|(?<=[.;!?][ \t])|(?<=[.;!?][ \t]{2}))(?:next(?:[ \t]+steps?)?|current[ \t]+(?:work[ \t]+)?item"
    r"|upcoming)[ \t]{0,3}:[ \t]{0,3}(?=\S)",
    re.IGNORECASE,
)
SENTENCE_END = re.compile(r"[.;!?](?:[ \t]+(?=[A-Z])|[ \t]*$)")


def next_step_drafts(block: Block) -> list[Draft]:
    """The dated work items a paragraph's "Next:" fields name (NEXT_LABEL), each up to its sentence's end;
    none for a field with no target ("Next: to be agreed at the plenary.")."""
    if (
        "next" not in block.text.lower()
        and "current" not in block.text.lower()
        and "upcoming" not in (block.text.lower())
    ):
        return []
    drafts: list[Draft] = []
    offsets = [piece[0] for piece in block.pieces]
    for label in NEXT_LABEL.finditer(block.text):
        end = SENTENCE_END.search(block.text, label.end())
        stop = end.start() if end is not None else len(block.text)
        if stop - label.end() < 6:
            continue
        part = Block("item", block.text[label.end() : stop], pieces_of(block, label.end(), stop, offsets))
        draft = item_draft(part, None, None, None, None, in_section=True)
        if draft.target is not None and len(draft.texts[0].split()) >= 2:
            drafts.append(draft)
    return drafts


def leads_in(block: Block) -> bool:
    """Whether a line leads in what follows it, ending on a colon ("Add the following row after item 5:")."""
    return block.kind != "row" and block.text.rstrip().endswith(":")


def lone_row(block: Block) -> bool:
    """A row of a table with no header, one of whose cells is a target: an amendment's row to add
    ("| 6 | X | Q3 2028 | open |"), a row of items, not a header naming the columns of the rows after it."""
    return table_header(block) is None and any(parse_target(c.text) for c in block.cells)


def row_cells(block: Block, width: int) -> list[str]:
    """A row's cells in their columns: an empty cell the reader left out ("| 3 | Item | | |") is an
    empty string in its place, so that the header still names each column."""
    cells = [c.text for c in block.cells]
    columns = [c.column for c in block.cells if c.column is not None]
    if len(columns) < len(cells) or len(cells) >= width or max(columns, default=-1) >= width:
        return cells
    placed = [""] * width
    for column, text in zip(columns, cells, strict=True):
        placed[column] = text
    return placed


def period_first(cells: list[str]) -> bool:
    """A header-less row whose first cell is a period, not a year alone, and whose second is words of
    their own ("Q2 2027 | First draft of X"): a timeline's row."""
    first = parse_target(cells[0]) if len(cells) >= 2 else None
    if first is None or first.is_status or first.kind == "year":
        return False
    return len(cells[1].split()) >= 2 and parse_target(cells[1]) is None


def row_item_column(cells: list[str], header: list[str] | None, target: int | None) -> int:
    """The column of a row's item: the one its header names ("Deliverable", "Activity") wherever it
    stands; else the first one that is neither a row number ("| 1 | ...", "| D1 | ...") nor the
    target ("| Q3 2026 | Joint white paper |" under a "Target" column)."""
    named = item_column(header, len(cells))
    if named is not None and is_identifier_column(cells, named, target):
        return (
            named + 1
        )  # "| Item | Activity | Lead |" over "| J1 | Joint glossary | HMC |": "Item" names ids
    if named is not None:
        return named
    item = 1 if len(cells) > 2 and ORDINAL_CELL.match(cells[0]) else 0
    return item + 1 if item == target and item + 1 < len(cells) else item


# A target column's cell that says when in words of its own ("each quarter", "every six months",
# "recurring", "CLDR 48", "when the draft is stable"): short, not a dash for "none"
WRITTEN_TARGET_WORDS = 8
WRITTEN_TARGET_LENGTH = 50


# A target cell that says there is none: no target, and no milestone made of its row.
NO_TARGET = re.compile(
    r"(?:none|n/?a|nil|not\s+(?:planned|applicable|set|scheduled)|see\s+(?:note|below|above)\b.*|-+|\u2013|\u2014)",
    re.IGNORECASE,
)


def written_target(cell: str) -> Target | None:
    """The target a cell of the column named as the target gives when no calendar reads it: the cell as
    written, an open target of its own (the column says it is when the item is due); none when the cell
    says there is none ("None", "n/a", "not planned", "see note 3")."""
    text = " ".join(cell.split()).rstrip(".")
    if not any(c.isalnum() for c in text) or len(text) > WRITTEN_TARGET_LENGTH or NO_TARGET.fullmatch(text):
        return None
    if len(text.split()) > WRITTEN_TARGET_WORDS or WITHDRAWN.match(text) or HEADER_CELL.fullmatch(text):
        return None
    return Target(text, "status", slugify(text.lower()), known_status=False)


def is_identifier_column(cells: list[str], column: int, target: int | None) -> bool:
    """Whether the column a header names as the item holds the row's identifier ("J1", "W-01", "03") and
    the item's text is the next column's (a register's "Item | Work item | ...", "Item | Activity | ...")."""
    following = column + 1
    return (
        following < len(cells)
        and following != target
        and REFERENCE_CELL.match(cells[column].strip()) is not None
        and len(cells[following].split()) >= 2
    )


# A row's reference in the column a header names as the item: its number or identifier (ORDINAL_CELL), a
# clause's dotted number ("4.1", "S1.2"), a release's version ("v0.9", "1.0"), or a dash (or nothing)
# where the row has none ("| — | Joint session at the plenary | tbd |")
REFERENCE_CELL = re.compile(
    rf"{ORDINAL_CELL.pattern}|^(?-i:[A-Z]{{0,3}})\d{{1,3}}(?:\.\d{{1,3}}){{1,3}}$"
    r"|^v\d{1,3}(?:\.\d{1,3}){0,3}$|^[-\u2013\u2014]?$",
    re.IGNORECASE,
)


# A note of when a planned target was met, in brackets after it ("January 2027 (actual: 28 January 2027)",
# "Q2 2027 (achieved 3 June 2027)"): a schedule that keeps its first plan beside what happened; the target
# is the plan
ACTUAL_NOTE = re.compile(
    r"[ \t]{0,3}\((?:actual(?:ly)?|achieved|reached|met|done|delivered|completed|released|shipped)\b"
    r"[^()\n]{0,40}\)[ \t.]*$",
    re.IGNORECASE,
)


def cell_target(cell: str) -> Target | None:
    """A target cell's target: the cell ("Q1 2025"), or the one a change names ("moved to Q1 2025"); a plan's
    target with a note of when it was met is the plan's (ACTUAL_NOTE)."""
    noted = ACTUAL_NOTE.search(cell)
    if noted is not None and noted.start() > 0:
        cell = cell[: noted.start()]
    return parse_target(TARGET_WORD.sub("", cell)) or (cued_target(cell) if len(cell) <= 60 else None)


def target_column(header: list[str] | None, width: int, cells: list[str] | None = None) -> int | None:
    """The column a table's header names as the target ("Target", "Due date"), if it has one; of a
    change table's "Previous target | New target", the new one, or the previous one when a row gives
    no new one (a closed item keeps the target it had)."""
    if header is None or len(header) != width:
        return None
    columns = [(i, named_target_column(cell)) for i, cell in enumerate(header)]
    named = [(i, m) for i, m in columns if m is not None]
    ordered = [i for i, m in named if not OLD_TARGET.match(m.group("age") or m.group("bare") or "")]
    ordered += [i for i, m in named if OLD_TARGET.match(m.group("age") or m.group("bare") or "")]
    if cells is not None:
        filled = [i for i in ordered if i < len(cells) and cell_target(cells[i]) is not None]
        return filled[0] if filled else (ordered[0] if ordered else None)
    return ordered[0] if ordered else None


def named_target_column(cell: str) -> re.Match[str] | None:
    """A header cell naming the target (TARGET_COLUMN), in one language or two ("Zieltermin / Target")."""
    return next((match for part in bilingual(cell) if (match := TARGET_COLUMN.match(part)) is not None), None)


def bilingual(cell: str) -> list[str]:
    """A header cell as written and, when it names its column in two languages ("Zieltermin / Target"),
    each of its names."""
    return [cell.strip()] + ([part.strip() for part in cell.split(" / ")] if " / " in cell else [])


ITEM_COLUMN = re.compile(
    r"^(?:work\s+items?|items?|deliverables?|milestones?|action(?:\s+items?)?|activit(?:y|ies)|tasks?"
    r"|work\s+packages?"
    # with a word of when or which ("Next deliverable", "Planned activities") beside a first column of themes
    # (a "Next milestone" column names the stage an item reaches next, not the item)
    r"|(?:next|planned|expected|upcoming|current|joint|key|main)\s+"
    r"(?:deliverables?|activit(?:y|ies)|work\s+items?|tasks?|work\s+packages?)"
    # an action table's "Who | What | When", a plan's "Output", "Outcome", "Next step", "To do"
    r"|what|outputs?|outcomes?|(?:next\s+)?steps?|action\s+points?|actions?\s+required|to[\s-]?do"
    # two names in one title, as charter templates write it ("Action/Milestone", "Task / Deliverable")
    r"|(?:actions?|tasks?|milestones?|deliverables?|activit(?:y|ies))\s?/\s?"
    r"(?:actions?|tasks?|milestones?|deliverables?|activit(?:y|ies)))$",
    re.IGNORECASE,
)
# The item's column named in German ("Arbeitspaket"): after the English names, so that a bilingual table
# ("Arbeitspaket | Work package | ...") is read in the English its gold and queries use
GERMAN_ITEM_COLUMN = re.compile(
    r"^(?:arbeitspakete?|aufgaben?|ma(?:ß|ss)nahmen?|meilensteine?|ergebnisse?|vorhaben|aktivit(?:ä|ae)ten)$",
    re.IGNORECASE,
)
# Where no column is named so, the item's title ("WI reference | Title | Rapporteur | Target", a work
# programme's export), else the project or its description ("JG | Project | Lead | Target"): the first
# column then holds the item's reference or group, not the item
ITEM_COLUMNS = (
    ITEM_COLUMN,
    # (an issue tracker's export: "Issue key | Summary | Status | Due date", Jira's; "Subject", Redmine's)
    re.compile(r"^(?:(?:work\s+item|deliverable|document|project|issue)\s+)?(?:title|summary)$", re.I),
    re.compile(r"^(?:project|description|subject|part\s*/\s*subject)$", re.I),
    GERMAN_ITEM_COLUMN,
)


def item_column(header: list[str] | None, width: int) -> int | None:
    """The column a table's header names as the item ("Deliverable", "Work item"), if it has one."""
    if header is None or len(header) != width:
        return None
    for pattern in ITEM_COLUMNS:
        named = next((i for i, cell in enumerate(header) if pattern.match(cell.strip())), None)
        if named is not None:
            return named
    return None


def table_header(block: Block) -> list[str] | None:
    """A row of column names ("Item | Status | Target"), or None; a Gantt chart's header names its
    periods after the item's columns ("Work item | Lead | Q1 2026 | Q2 2026")."""
    cells = [c.text for c in block.cells]
    named = [c for c in cells if HEADER_CELL.match(c)]
    if not named:
        return None
    periods = period_columns(block)
    if len(named) + (len(periods) if len(periods) >= 2 else 0) != len(cells) and not names_item_and_target(
        cells
    ):
        return None
    return header_in_columns(block, cells)


def names_item_and_target(cells: list[str]) -> bool:
    """A header that names its target column in words only a schedule uses ("Target", "Due", "Deadline")
    and its item column, or leaves the item to the first column ("Deliverable | Responsible | Accountable
    | Consulted | Informed | Target", a RACI chart; "Work area | Standard | Target"): its other columns may
    have any names. A bare "Date" column is no target's (a change history's, a signature table's)."""
    target = [i for i, c in enumerate(cells) if any(SCHEDULE_COLUMN.match(part) for part in bilingual(c))]
    return bool(target) and target[0] > 0 and not any(parse_target(c) for c in cells)


def header_in_columns(block: Block, cells: list[str]) -> list[str]:
    """The header's names in their columns: an empty corner cell over a column of row numbers
    ("|   | Status | Work item |") is an empty name in its place, so that the header is as wide as
    the rows it names (row_cells places their cells the same way)."""
    columns = [c.column for c in block.cells]
    if not columns or any(column is None for column in columns):
        return cells
    placed = [""] * (max(c for c in columns if c is not None) + 1)
    for column, text in zip(columns, cells, strict=True):
        placed[column] = text  # type: ignore[index]
    return placed


def period_columns(block: Block) -> dict[int, str]:
    """The columns a header row names by a period ("Q3 2026", "2027"), by their place in the row."""
    found = {}
    for index, cell in enumerate(block.cells):
        target = parse_target(cell.text) if not HEADER_CELL.match(cell.text) else None
        if target is not None and not target.is_status:
            found[cell.column if cell.column is not None else index] = cell.text
    return found


# The mark a Gantt chart puts in each period an item runs ("■", "X", "●", "✓")
GANTT_MARK = re.compile(r"^(?:[^\w\s]{1,3}|[xX]{1,3})$")


def gantt_target(block: Block, periods: dict[int, str]) -> Target | None:
    """A Gantt row's target: the last period its marks run to."""
    marked = [c.column for c in block.cells if c.column in periods and GANTT_MARK.match(c.text)]
    return parse_target(periods[max(marked)]) if marked else None


# An action's label: the word, then its number ("AI-12", "Action item 4") and its owner in brackets
# ("ACTION (Hannah)"), each written once here for the three patterns below
ACTION_WORD = r"(?:action(?:\s+(?:item|point))?|AI|AP)"  # "AP 7-1": an action point
# (a number may hold its year or meeting, "AI-2026-07", "Action 49.3", or the meeting's day and the
# action's number, "ACTION ITEM 2027-11-03.02", as a board's minutes number them)
ACTION_NUMBER = r"\s{0,3}[-#]?\s{0,3}\d{1,4}(?:[-./]\d{1,4}){0,3}[a-z]?"
ACTION_OWNER = r"\([^)]{1,60}\)"
# "ACTION (Hannah): circulate the draft ...", "AI-12: ...", "Action item 4 (open): ...": the action item is
# what follows its number and owners
# (or by a name after its number, "AI-2024-07  Ada Lind: send ...")
ACTION_NAME = r"\s{1,3}(?-i:[A-Z][\w'.-]{0,30})(?:\s(?-i:[A-Z][\w'.-]{0,30})){0,3}"
# An arrow opening an action's line, as notes pads and chat logs mark actions ("-> AI-1 Ada Lind: ...", "=>",
# "\u2192", ">>"); no part of the action
ARROWS = r"(?:[-=~]{1,3}>|>{1,3}|[\u2192\u21d2\u2794\u279c\u27a4\u25b6\u25ba\u00bb])"
ACTION_ARROW = re.compile(rf"^[ \t]{{0,4}}{ARROWS}[ \t]{{0,4}}")
ARROW_TAIL = re.compile(rf"\s{ARROWS}$")
# A summary of a chat log's actions gives each its state in square brackets before the marker ("[NEW] ACTION:
# Ada to ...", "[PENDING] ACTION: ...", "[CONTINUES] ACTION: ..."): no part of the action
ACTION_STATE = r"\[(?:new|pending|continues|continued|open|done|dropped|closed|in\s+progress)\][ \t]{0,3}"
ACTION_PREFIX = re.compile(
    rf"^(?:[ \t]{{0,4}}{ARROWS}[ \t]{{0,4}})?(?:{ACTION_STATE})?"
    rf"{ACTION_WORD}(?:{ACTION_NUMBER}(?:{ACTION_NAME})?)?\s*(?:{ACTION_OWNER})?\s*:\s*",
    re.IGNORECASE,
)
# An action by its number or owner ("AI-12:", "Action 4:", "ACTION (Hannah):"), not a bare "ACTION:"
NUMBERED_OR_OWNED = rf"{ACTION_WORD}(?:{ACTION_NUMBER}(?:\s*{ACTION_OWNER})?|\s*{ACTION_OWNER})\s*:"
OWNED_ACTION = re.compile(rf"^{NUMBERED_OR_OWNED}", re.IGNORECASE)
BARE_ACTION = re.compile(rf"^{ACTION_WORD}\s*:", re.IGNORECASE)
# The same label inside a paragraph, where a reader ran the lines of an action list together ("ACTIONS
# AI-12: ... AI-13: ..."): at the start or after a blank
ACTION_LABEL = re.compile(rf"(?:^|(?<=\s)){NUMBERED_OR_OWNED}", re.IGNORECASE)
# The same summary's marker with its state, at the start or after a blank ("[NEW] ACTION: ... [NEW] ACTION:
# ...", a plain-text reader running its lines together): an action whatever the kind of document
STATED_ACTION = re.compile(rf"(?:^|(?<=\s)){ACTION_STATE}{ACTION_WORD}\s*:", re.IGNORECASE)
# A line opening with an action's marker, bare or numbered ("ACTION: Ada to ...", "AI: ...", "AI-3: ..."),
# in a section read as work items: an action, never a field of the topic heading above it
MARKED_ACTION = re.compile(rf"^(?:{ACTION_STATE})?{ACTION_WORD}(?:{ACTION_NUMBER})?\s*:", re.IGNORECASE)


NUMBERED_LABEL = re.compile(r"\d")


def action_parts(block: Block, minutes: bool = False, page: bool = False) -> list[Block]:
    """The numbered or owned actions a block holds, each from its label to the next one; none when it
    opens with none and has no label after a sentence's end. In minutes a bare "ACTION:" is one too
    (in a liaison statement it is the field that asks the addressee); on a page (a liaison note quoting a
    meeting's resolution) one whose owner "will" or "shall" do it ("Action: A will communicate ...")."""
    if minutes and BARE_ACTION.match(block.text):
        return [block]
    bare = BARE_ACTION.match(block.text) if page else None
    if bare is not None and LABELLED_WILL.match(block.text[bare.end() :].lstrip()):
        return [block]
    spoken = CHAT_SPEAKER.match(block.text) if minutes else None
    if spoken is not None and BARE_ACTION.match(block.text[spoken.end() :]):
        # "<kaz> ACTION: kaz to send ...": a chat log's line, its speaker no part of the action
        return [Block("item", block.text[spoken.end() :], pieces_of(block, spoken.end(), len(block.text)))]
    if minutes and BRACKET_OWNED_ACTION.match(block.text):
        return [block]  # "Action 3-2 (Tomas Brekke) Draft ...": numbered, its owner in brackets, no colon
    if minutes and DASHED_LABEL.match(block.text):
        return [block]  # "Action 87/5 - Bo Ek - review X - 30/06/2027": numbered, its owner between dashes
    if minutes and bracketed_label(block.text) is not None:
        return [block]  # "Action (Ada Lind, due 30 April 2027): X", "Action [Ada Lind] X - due 12 May 2027"
    labels = list(prefilter.finditer(ACTION_LABEL, block.text))
    if not labels:
        labels = list(prefilter.finditer(STATED_ACTION, block.text))  # "[NEW] ACTION: ..." a summary's lines
        minutes = minutes or bool(labels)
    if minutes and not labels and CODED_ACTION.match(block.text):
        labels = list(CODED_ACTION.finditer(block.text))  # "A4.1 Ada Lind to ... A4.2 Ben Ode to ..."
    if not minutes:  # outside minutes "Action (ETSI ISG ENI): please review ..." asks its addressee
        labels = [label for label in labels if NUMBERED_LABEL.search(label.group())]
    arrow = ACTION_ARROW.match(block.text)
    opening = arrow.end() if arrow is not None else 0
    if not labels or (labels[0].start() > opening and not OWNED_ACTION.match(block.text) and len(labels) < 2):
        return []
    ends = [m.start() for m in labels[1:]] + [len(block.text)]
    offsets = [piece[0] for piece in block.pieces]
    parts = []
    for label, end in zip(labels, ends, strict=True):
        text = block.text[label.start() : end].strip()
        tail = ARROW_TAIL.search(text)  # the arrow opening the next action's line, when lines ran together
        text = text[: tail.start()] if tail is not None else text
        span = (label.start(), label.start() + len(text))
        parts.append(Block("item", text, pieces_of(block, *span, offsets)))
    return parts


def pieces_of(
    block: Block, start: int, end: int, offsets: list[int] | None = None
) -> tuple[tuple[int, int, int], ...]:
    """The pieces of block.text[start:end] as a block of its own: (offset in it, document start, end).

    Why from a binary search: a hard-wrapped minutes file can be one block of thousands of lines, each
    with an action label; scanning every piece for every label was quadratic (855 KB: 64 s).
    `offsets` (each piece's offset in the block, in order) is computed once by a caller that asks often.
    """
    offsets = offsets if offsets is not None else [piece[0] for piece in block.pieces]
    pieces = []
    for index in range(max(bisect.bisect_right(offsets, start) - 1, 0), len(block.pieces)):
        block_offset, doc_start, doc_end = block.pieces[index]
        if block_offset >= end:
            break
        low, high = max(start, block_offset), min(end, block_offset + doc_end - doc_start)
        if low < high:
            pieces.append((low - start, doc_start + low - block_offset, doc_start + high - block_offset))
    return tuple(pieces) or ((0, block.to_document(start), block.to_document(start)),)


# After an action's label, its owner and "to" ("AI-12: Ada Lind to send ...", "ACTION: Ada and Ben to
# ...", "AI-15: All to review ..."): the owner is no part of the action item, as "(Hannah)" is not
OWNER_TO = re.compile(
    r"^(?:all|both|everyone|each\s+party|(?-i:[A-Z][\w'.-]{0,30})(?:\s(?-i:[A-Z][\w'.-]{0,30})){0,3}"
    r"(?:\s{0,3}(?:,|/|\band\b|&)\s{0,3}(?-i:[A-Z][\w'.-]{0,30})(?:\s(?-i:[A-Z][\w'.-]{0,30})){0,3}){0,4})"
    r"\s+to\s+(?=[a-z])",
    re.IGNORECASE,
)


# A chat bot's action after its label: the owner's nickname and "to" ("ACTION: jdoe_b to draft ...", "ACTION:
# rin_t and doyelowo to submit ..."), read only after the label
NICK_TO = re.compile(
    r"^[a-z][\w.-]{1,30}(?:\s{1,3}(?:and|&|,)\s{1,3}[a-z][\w.-]{1,30}){0,3}\s{1,3}to\s+(?=[a-z])"
)


# The number minutes give an action in their summary of actions, a letter and the agenda item's number
# ("A4.1", "A-7", "B12"): no part of the action when a person owning it follows (without_person_owner)
# (or the action's verb follows the code: "AI-1 Complete ...", "ACT-7 Draft ...", no owner written before it)
# (with a colon too: "A10-3-1: Ada Lind to ...", a meeting's number and the action's)
ACTION_CODE = re.compile(r"^(?-i:[A-Z]{1,3})[-.]?\d{1,3}(?:[.-]\d{1,3}){0,2}:?[ \t]{1,3}(?=\S)")


# An owner's body in brackets after the owner's name, before "to", "will" or "shall" ("Ada (HMC) to
# circulate ...", "Ada Lind (OBC) will draft ..."): no part of the owner's name, which then comes off as usual
OWNER_AFFILIATION = re.compile(
    r"^(?P<name>@?(?-i:[A-Z][\w'.-]{0,30})(?:[ \t](?-i:[A-Z][\w'.-]{0,30})){0,3})[ \t]{0,3}\([^()\n]{1,40}\)"
    r"(?=[ \t]{1,3}(?:to|will|shall)[ \t])"
)
# An action's label and number with its owner in square or round brackets and no colon ("AI 3-2 [Tomas]
# Draft ...", "Action 7 (Ada Lind) Circulate ..."): label, number and owner are no part of the action
BRACKET_OWNED_ACTION = re.compile(
    rf"^{ACTION_WORD}{ACTION_NUMBER}[ \t]{{0,3}}"
    rf"(?:\[[^\]\n]{{1,40}}\]|\([^)\n]{{1,40}}\))[ \t]{{1,3}}(?=[A-Z])",
    re.IGNORECASE,
)


# An action's owner and due day in brackets right after its label and number, as ETSI, CEN and IEC working
# groups' minutes write their action lists ("Action (Ada Lind, due 30 April 2027): X", "Action [Ada Lind] X -
# due 12 May 2027", "ACTION [Bo Ek, 2027-05-20]: X", "AP 87-4 (Ugo Bassi; due: 2027-06-01) - X"): the label,
# the brackets and their colon or dash are no part of the action; the bracket's day is its due day
LABEL_BRACKET = re.compile(
    rf"^(?:[ \t]{{0,4}}{ARROWS}[ \t]{{0,4}})?{ACTION_WORD}(?:{ACTION_NUMBER})?[ \t]{{0,3}}"
    r"(?:\((?P<round>[^()\n]{1,80})\)|\[(?P<square>[^\[\]\n]{1,80})\])"
    r"[ \t]{0,3}(?:(?::|[-\u2013\u2014])[ \t]{0,3})?(?=[A-Za-z])",
    re.IGNORECASE,
)
BRACKET_PART = re.compile(r"[ \t]{0,3}[,;][ \t]{0,3}")
BRACKET_DUE = re.compile(
    r"^(?:(?:due|by|until|deadline|target)\b[ \t]{0,3}:?[ \t]{0,3})?(?P<date>\S.*)$", re.IGNORECASE
)
# The owners such brackets name: persons or a body's unit, capitalised words joined by "/", "&" or "and"
OWNER_WORDS = r"(?-i:[A-Z][\w'.\u2019-]{0,30})(?:[ \t]{1,3}(?-i:[A-Z][\w'.\u2019/-]{0,30})){0,4}"
BRACKET_OWNERS = re.compile(
    rf"^{OWNER_WORDS}(?:[ \t]{{0,3}}(?:/|&|\band\b)[ \t]{{0,3}}{OWNER_WORDS}){{0,4}}$"
)
ACTION_STATES = frozenset(
    {"open", "closed", "done", "new", "pending", "ongoing", "continued", "dropped", "in progress"}
)


# An action's label and number, then its owner, each closed by a dash ("Action 87/5 - Bo Ek - review X -
# 30/06/2027", "AP 12-3 \u2013 ETSI TC ESI \u2013 send Y by ..."), as ETSI and CEN reports list actions
# without a colon: the label and the owner are no part of the action
DASH_OWNER = r"(?-i:[A-Z][\w'.&/-]{0,30})(?:[ \t]{1,3}(?-i:[A-Z][\w'.&/-]{0,30})){0,3}"
DASHED_LABEL = re.compile(
    rf"^{ACTION_WORD}{ACTION_NUMBER}[ \t]{{1,3}}[-\u2013\u2014][ \t]{{1,3}}"
    rf"{DASH_OWNER}(?:[ \t]{{0,3}}(?:,|&|/|\band\b)[ \t]{{0,3}}{DASH_OWNER}){{0,3}}"
    r"[ \t]{1,3}[-\u2013\u2014][ \t]{1,3}(?=[a-z])",
    re.IGNORECASE,
)


def bracketed_label(text: str) -> tuple[str, Target | None] | None:
    """An action opening with its label and a bracket of its owners and due day (LABEL_BRACKET): the text
    after them and that day (None when the bracket names owners only); None when the bracket holds anything
    else ("Action (open): ..." a state, "Action (see item 4): ...")."""
    found = LABEL_BRACKET.match(text)
    if found is None:
        return None
    target: Target | None = None
    owners = 0
    for part in BRACKET_PART.split((found.group("round") or found.group("square")).strip()):
        due = BRACKET_DUE.match(part)
        day = due.group("date").strip(" .") if due is not None else ""
        dated = parse_target(day) if day else None
        if dated is None and DAY_NO_YEAR.match(day):  # "due 30 April": dated later (dated_by_context)
            dated = Target(day, "status", slugify(day.lower()), known_status=False)
            target = target or dated
            continue
        if target is None and dated is not None and not dated.is_status:
            target = dated
        elif BRACKET_OWNERS.match(part) and part.lower() not in ACTION_STATES and dated is None:
            owners += 1
        else:
            return None
    return (text[found.end() :], target) if owners or target is not None else None


def without_affiliation(text: str) -> str:
    """A text opening with an owner and the owner's body in brackets, without the brackets
    (OWNER_AFFILIATION); any other text as it is."""
    found = OWNER_AFFILIATION.match(text)
    return found.group("name") + text[found.end() :] if found is not None else text


def without_action_label(text: str) -> str:
    """An action item without its label, number and owner; any other item as it is (but a person's name
    opening it before its verb: `without_person_owner`)."""
    bracketed = BRACKET_OWNED_ACTION.match(text)
    if bracketed is not None:
        return text[bracketed.end() :]
    text = without_affiliation(text)
    label = ACTION_PREFIX.match(text)
    coded = ACTION_CODE.match(text) if label is None else None
    if coded is not None and without_person_owner(text[coded.end() :]) != text[coded.end() :]:
        return without_person_owner(text[coded.end() :])  # "A4.1 Ada Lind to circulate ...": the action
    if coded is not None and text[coded.end() :].split(maxsplit=1)[0].lower() in ACTION_VERBS:
        return text[coded.end() :]  # "AI-1 Complete the review ...": the code before the verb
    if label is None:
        return without_person_owner(text)
    rest = without_affiliation(text[label.end() :])
    willing = LABELLED_WILL.match(rest)
    if willing is not None and not names_a_body(willing.group()):
        return rest[willing.end() :]  # "Action: Ana Lind will communicate to JTC 1 ...": any verb after it
    owner = OWNER_TO.match(rest) or NICK_TO.match(rest)
    if owner is None or rest.split(maxsplit=1)[0].lower() in ACTION_VERBS:
        return without_person_owner(rest)  # "AI-3: Review DVB-I to check ...": it opens with its verb
    after = rest[owner.end() :]
    if owner.re is OWNER_TO and names_a_unit(owner.group()):
        return rest  # "AP 7-1: ETSI TC LI to circulate ...": a body's unit owning the action stays in it
    return after if after.split(maxsplit=1)[0].lower() in ACTION_VERBS or owner.re is OWNER_TO else rest


# A word written as an acronym or a code ("ETSI", "TC", "SA3-LI", "3GPP"): two or more in a row before "to"
# name a body and its unit
CODED_WORD = re.compile(r"^(?=[\w-]*[A-Z][\w-]*[A-Z0-9])[A-Z0-9][A-Z0-9-]{1,11}$")


def names_a_unit(owner: str) -> bool:
    """Whether an action's owner before "to" is a body's unit written as its codes ("ETSI TC LI", "3GPP
    SA3-LI"): the minutes name who does the work, kept in the item; a party's acronym alone ("HMC to ...")
    or a person's name is taken off as before."""
    words = owner.split()[:-1]
    return len(words) >= 2 and all(CODED_WORD.match(word) for word in words)


# A person owning an action, before its verb, as notes tools and scribes write it: "Ana Lind: circulate
# ...", "Ana Lind to circulate ...", "Ana Lind will circulate ...", "@Ana Lind circulate ...", "The group
# will publish ...". A person's name is two to four words written as names are (a capital, then small
# letters: no acronym, so "HMC to circulate ..." keeps its body, a register's own words), and the verb after
# it one an action opens with (ACTION_VERBS): "Reference mapping: buoy fields" names no owner.
NAME_WORD = (
    r"(?-i:[A-Z\u00c0-\u00d6\u00d8-\u00de][a-z\u00df-\u024f'\u2019][\w'\u2019.-]{0,30})"  # "Élodie" too
)
PERSON = rf"@?{NAME_WORD}(?:[ \t]{{1,3}}{NAME_WORD}){{1,3}}"
PERSON_OWNER = re.compile(
    rf"^(?:{PERSON}(?:[ \t]{{0,3}}(?:,|&|\band\b)[ \t]{{0,3}}{PERSON}){{0,3}}"
    r"|the\s+group|all|everyone"
    # a role the minutes give the work to ("Both secretariats to compare ...", "The chairs will ...")
    # (with the body's acronym before the role: "The HMC secretariat will ...", "the OBC chair to ...")
    r"|(?:both|the|all|each)\s+(?:(?:two|joint)\s+)?(?:(?-i:[A-Z][A-Z0-9-]{1,11})\s+)?"
    r"(?:secretariats?|secretar(?:y|ies)|(?:co-)?chairs?|editors?"
    r"|convenors?|rapporteurs?|liaison\s+officers?|coordinators?|members|participants|staff)"
    # (or a body's name and its unit before the role, no article: "OASIS staff to publish ...", "Ecma
    # TC39 liaison to circulate ...", a board's minutes giving the work to a body's people)
    r"|(?-i:[A-Z][A-Za-z0-9-]{1,15})(?:[ \t](?-i:[A-Z][A-Za-z0-9-]{1,15}))?[ \t]"
    r"(?-i:staff|secretariat|[Ss]ecretary|liaisons?|liaison[ \t]officers?|chairs?|co-chairs|editors?"
    r"|rapporteurs?)"
    r")"
    r"(?P<joint>[ \t]{0,3}:[ \t]{0,3}|[ \t]{1,3}(?:to|will|shall)[ \t]{1,3}"
    # (a scribe's sentence giving the person the action: "Ana Lind agreed to circulate ...", "Ana Lind took
    # an action to ...", "Ana Lind volunteered to ...")
    r"|[ \t]{1,3}(?:agreed|volunteered|offered|undertook|(?:took|has|have|accepted)[ \t]{1,3}(?:an|the)"
    r"[ \t]{1,3}action)[ \t]{1,3}to[ \t]{1,3}"
    r"|[ \t]{1,3}(?=[a-z]))",
    re.IGNORECASE,
)
# After an action's label, the person owning it and "will" or "shall" ("Action: Ana Lind will communicate to
# JTC 1 that ..."): the label says it is an action, so any verb may follow (not only ACTION_VERBS)
LABELLED_WILL = re.compile(
    rf"^{PERSON}(?:[ \t]{{0,3}}(?:,|&|\band\b)[ \t]{{0,3}}{PERSON}){{0,3}}[ \t]+(?:will|shall)[ \t]+(?=[a-z])"
)


# An action of minutes' summary by its number and its owner ("A4.1 Ada Lind to circulate ..."), at the
# start of a line or after a blank, where a reader ran the summary's lines together
CODED_ACTION = re.compile(
    rf"(?:^|(?<=\s))(?-i:[A-Z]{{1,3}})[-.]?\d{{1,3}}(?:[.-]\d{{1,3}}){{0,2}}:?[ \t]{{1,3}}"
    rf"(?={PERSON}[ \t]{{1,3}}(?:to|will|shall)[ \t])"
)


# A person named by the first name alone before "to", "will" or "shall" and an action's verb, as running
# notes name the people present ("Luis to circulate ...", "Ben will draft ..."); never before a colon, where
# one word is as often the item's topic ("Glossary: review ...")
FIRST_NAME_OWNER = re.compile(
    rf"^@?(?P<name>{NAME_WORD})(?P<joint>[ \t]{{1,3}}(?:to|will|shall)[ \t]{{1,3}})"
)


def arrow_lines(ctx: Context, seen: set[int]) -> list[Draft]:
    """The lines that an arrow opens and then when they are due, in any document ("===> 30 June 2028 new
    material complete", "-> 2Q2029 ballot resolution meeting", "\u2192 by the June plenary - X"), as chairs'
    estimated timelines mark the steps under each draft: the arrow marks the line as a step, so no plan's
    title is needed (timeline_lines), and each line is read alone where a reader ran them together (the
    block's pieces), a line without an arrow after one no part of it. An action's label after the arrow
    ("-> AI-1 Ada: ...") is the action rules'."""
    drafts: list[Draft] = []
    for section in ctx.layout.sections:
        if section.kind in ("contacts", "history", "approval"):
            continue
        for block in section.blocks:
            if block.start in seen or block.kind not in ("paragraph", "item", "heading"):
                continue
            if ARROW_ANYWHERE.search(block.text) is None:
                continue
            for part in arrow_parts(block):
                found = arrow_when(part.text)
                if found is not None:
                    item, target = found
                    drafts.append(Draft([part], [item], compact_label(item), target, None, None, None))
    return drafts


def arrow_when(text: str) -> tuple[str, Target] | None:
    """An arrowed line's item and target: when_first's, or the longest opening of at most six words that is
    a target dating a line, then the item in any case ("30 June 2028 new material complete": after an
    arrow the date is known to come first, so no capital need open the item)."""
    found = when_first(text)
    if found is not None:
        return found
    words = text.split()
    for count in range(min(WHEN_WORDS, len(words) - 2), 0, -1):
        target = when_target(" ".join(words[:count]))
        if target is not None and dates_a_line(target):
            return " ".join(words[count:]).rstrip(" .;"), target
    return None


# An arrow at a line's start or after a blank (ARROWS), where a timeline's step may open
ARROW_ANYWHERE = re.compile(rf"(?:^|(?<=\s)){ARROWS}[ \t]")


def arrow_parts(block: Block) -> list[Block]:
    """Each line of a block (its pieces, or the parts between arrows a reader ran in) that opens with an
    arrow and then when it is due (when_first), as an item without the arrow."""
    text = block.text
    offsets = [offset for offset, _, _ in block.pieces]
    if len(offsets) < 2:
        offsets = sorted({0, *(m.start() for m in ARROW_ANYWHERE.finditer(text))})
    ends = [*offsets[1:], len(text)]
    parts = []
    for start, end in zip(offsets, ends, strict=True):
        line = text[start:end]
        arrow = ACTION_ARROW.match(line)
        if arrow is None or ACTION_PREFIX.match(line) is not None:
            continue
        rest = line[arrow.end() :].rstrip()
        if arrow_when(rest) is None:
            continue
        low = start + arrow.end()
        spans = block.span_of(low, low + len(rest))
        parts.append(Block("item", rest, tuple((0, a, b) for a, b in spans[:1]), depth=block.depth))
    return parts


# An action's owner and when it is due on a line of their own under the action, as list archives' minutes
# write their open action items ("- Propose rules for ... (Open Action Item #0013)" over "- Jeff Mischkinsky,
# Due Sep 24,"; "Ana Lind - due 24 September", "The chairs; deadline: 2027-10-14")
OWNER_DUE_LINE = re.compile(
    rf"^(?P<owner>{PERSON}(?:[ \t]{{0,3}}(?:,|&|/|\band\b)[ \t]{{0,3}}{PERSON}){{0,3}}"
    r"|(?:the[ \t])?(?-i:[A-Z][\w-]{1,15})(?:[ \t](?-i:[A-Z][\w-]{1,15})){0,2}(?:[ \t][a-z-]{3,12})?"
    r"|all|both)"
    r"[ \t]{0,3}[,;\u2013\u2014-][ \t]{0,3}(?:due|deadline|target)(?:[ \t]date)?[ \t]{0,3}:?[ \t]{0,3}"
    r"(?P<when>[^,;()\n]{2,40}?)[ \t,.;]*$",
    re.IGNORECASE,
)
# An action's identifier in brackets closing its title ("(Open Action Item #0013)", "(AI 12)", "(action
# 2027-03.4)"): no part of the action
ACTION_ID_TAIL = re.compile(
    rf"[ \t]{{0,3}}\((?:(?:open|closed|new|pending)[ \t]{{1,3}})?{ACTION_WORD}{ACTION_NUMBER}\)[ \t.]*$",
    re.IGNORECASE,
)


def owner_due_lines(ctx: Context, seen: set[int]) -> list[Draft]:
    """An action whose owner and due date stand on the line under it (OWNER_DUE_LINE): the line above,
    without its identifier in brackets (ACTION_ID_TAIL) and its owner, dated by the line under it. The line
    above must be a list item or paragraph no rule read and that ends on no target of its own."""
    drafts: list[Draft] = []
    for section in ctx.layout.sections:
        if section.kind in ("contacts", "history", "approval"):
            continue
        for above, block in pairwise(section.blocks):
            due = OWNER_DUE_LINE.match(block.text) if block.kind in ("item", "paragraph") else None
            if due is None or above.kind not in ("item", "paragraph") or above.start in seen:
                continue
            target = when_target(due.group("when").strip())
            if target is None or OWNER_DUE_LINE.match(above.text) is not None or split_item(above.text)[1]:
                continue
            text = without_action_label(ACTION_ID_TAIL.sub("", above.text)).strip(" .;:")
            if len(text.split()) < 3 or text.endswith(":"):
                continue
            drafts.append(Draft([above, block], [text], compact_label(text), target, None, None, None))
    return drafts


# A sentence of minutes' prose in which a person takes an action on ("Priya Castellanos will send the list
# of open questions to the chairs by 15 April 2027."): the person's name (two to four words written as names
# are), "will" or "to", an action's verb (matched where a sentence starts: no "^")
OWNED_SENTENCE = re.compile(
    r"[ \t]*+(?P<owner>(?-i:[A-Z\u00c0-\u00de][a-z\u00df-\u024f'\u2019][\w'\u2019.-]{0,30})"
    r"(?:[ \t]{1,3}(?-i:[A-Z\u00c0-\u00de][a-z\u00df-\u024f'\u2019][\w'\u2019.-]{0,30})){1,3})"
    r"[ \t]+(?:will|to)[ \t]+(?P<verb>[a-z]+)\b"
)
# The word that makes a day an action's due day ("by 15 April 2027", "before the June plenary")
DUE_CUE = re.compile(r"\b(?:by|before|no\s+later\s+than|due(?:\s+on)?)\s+(?:the\s+)?$", re.IGNORECASE)


def owned_sentences(ctx: Context, seen: set[int]) -> list[Draft]:
    """In minutes, each sentence of a paragraph no rule read in which a person takes an action on with its
    due day (OWNED_SENTENCE, read as owned_step reads a next step, the day after DUE_CUE: "... by 15 April
    2027"), under any heading
    but a record's contacts, approvals and history: an action the meeting agreed in its discussion. None
    without a day or outside minutes."""
    if ctx.kind != "MeetingRecord":
        return []
    drafts: list[Draft] = []
    for section in ctx.layout.sections:
        if section.kind in ("contacts", "approval", "history"):
            continue
        for block in section.blocks:
            if block.kind != "paragraph" or block.start in seen:
                continue
            for start, end in sentences(block.text):
                found = OWNED_SENTENCE.match(block.text, start, end)
                if found is None or found.group("verb") not in ACTION_VERBS:
                    continue
                if found.group("owner").split()[0] in ORG_HEADS or names_a_body(found.group("owner")):
                    continue
                draft = owned_step(sentence_block(block, found.start("owner"), end))
                if draft is None or draft.target is None or draft.target.is_status:
                    continue
                due = block.text.find(draft.target.text, found.start("owner"), end)
                if due > 0 and DUE_CUE.search(block.text, found.start("owner"), due) is not None:
                    drafts.append(draft)  # (a day after "by": "present X at the June plenary" is no due day)
    return drafts


# A meeting's decision or resolution asking someone to act by a day ("The BT asks CCMC to submit X, by 30
# June 2027", "The meeting requested the secretariat to circulate X by 15 May 2027", "SG 13 invites TSB to
# publish X before 1 July 2027"), as CEN/BT decisions and ITU-T meeting reports write them: the action is
# what follows the owner and "to"
REQUESTED = re.compile(
    r"\b(?:ask(?:s|ed)?|request(?:s|ed)?|invit(?:es|ed)|instruct(?:s|ed)?|task(?:s|ed)?|mandat(?:es|ed)"
    r"|charg(?:es|ed))[ \t]+(?P<owner>(?:(?:the|its|their)[ \t]+)?(?:(?-i:[A-Z][\w/&.-]{0,20})[ \t]+){0,3}?"
    r"(?:(?-i:[A-Z][\w/&.-]{0,20})|secretar(?:y|iat)|chairs?|convenors?|editors?|rapporteurs?))"
    r"[ \t]+to[ \t]+(?P<verb>[a-z]+)\b"
)


def requested_actions(ctx: Context, seen: set[int]) -> list[Draft]:
    """In minutes, each sentence of a paragraph no rule read that asks someone to act (REQUESTED) with a
    due day after a cue ("by", "before": DUE_CUE): the action from its verb, that day its target."""
    if ctx.kind != "MeetingRecord":
        return []
    drafts: list[Draft] = []
    for section in ctx.layout.sections:
        if section.kind in ("contacts", "history") or (
            section.kind == "approval" and not agenda_approval(ctx, section)
        ):
            continue
        for block in section.blocks:
            if block.kind != "paragraph" or block.start in seen:
                continue
            for start, end in sentences(block.text):
                found = REQUESTED.search(block.text, start, end)
                if found is None or found.group("verb") not in ACTION_VERBS:
                    continue
                part = sentence_block(block, found.start("verb"), end)
                draft = item_draft(part, None, None, None, None, in_section=True)
                if draft.target is None or draft.target.is_status:
                    continue
                due = block.text.find(draft.target.text, found.end(), end)
                if due > 0 and DUE_CUE.search(block.text, found.end(), due) is not None:
                    drafts.append(draft)
    return drafts


# The parties themselves as an item's subject ("Both organizations will run ...", "The Parties will align
# ...", "Each party will nominate ...", "Both sides to compare ..."): a plural or generic subject, no person
# owning the work; the item keeps it, as it keeps a body's name (names_a_body)
# ("The group will publish ..." is the meeting's own group, an owner as before)
PLURAL_SUBJECT = re.compile(
    r"^(?:(?:both|each|either|all|the)[ \t]{1,3}(?:(?:two|three)[ \t]{1,3})?"
    r"(?:parties|party|sides?|organi[sz]ations?|bodies|body|partners?|signatories|institutions?|consortia)"
    r"|(?:both|each|either|all)[ \t]{1,3}(?:(?:two|three)[ \t]{1,3})?groups?)"
    r"[ \t]{1,3}(?:to|will|shall)[ \t]",
    re.IGNORECASE,
)


# People by their names, one or more ("Ana Lind", "Ana Lind and Bo Ode"): the owners a scribe's sentence may
# give an action to ("Ana Lind agreed to ...")
NAMED_OWNERS = re.compile(rf"{PERSON}(?:[ \t]{{0,3}}(?:,|&|\band\b)[ \t]{{0,3}}{PERSON}){{0,3}}")


def without_person_owner(text: str) -> str:
    """An action without the person who owns it (PERSON_OWNER, FIRST_NAME_OWNER); any other text as it is.
    The parties as the subject (PLURAL_SUBJECT) own nothing as a person does: the text stays whole."""
    owner = PERSON_OWNER.match(text) or first_name_owner(text)
    if owner is None or PLURAL_SUBJECT.match(text) is not None:
        return text
    rest = text[owner.end() :]
    if owner.group("joint").strip().lower().endswith(" to") and not NAMED_OWNERS.fullmatch(
        text[: owner.start("joint")]
    ):
        return text  # "The group agreed to review ...": a decision of the meeting, no person's action
    verb = rest.split(maxsplit=1)[0].lower() if rest.strip() else ""
    bare = not owner.group("joint").strip()  # "@Ana Lind circulate ...": only a handle opens so
    if verb not in ACTION_VERBS or (bare and not text.startswith("@")) or names_a_body(owner.group()):
        return text
    return rest


def first_name_owner(text: str) -> re.Match[str] | None:
    """The first name owning an action (FIRST_NAME_OWNER), not a verb or a body's head word ("Review to
    ...", "Consortium to ...")."""
    owner = FIRST_NAME_OWNER.match(text)
    if owner is None or owner.group("name").lower() in ACTION_VERBS or owner.group("name") in ORG_HEADS:
        return None
    if ROLE_NOUN.fullmatch(owner.group("name")) is not None:
        return None  # "Editors to post the draft": a role written as the item's subject, no person's name
    return owner


# A role a timeline or an action list writes as the item's subject without an article ("Editors to post the
# draft", "Chairs to send ..."): no first name; a role after an article is PERSON_OWNER's
ROLE_NOUN = re.compile(
    r"(?:editors?|chairs?|co-chairs?|rapporteurs?|convenors?|secretariats?|members|authors|proponents"
    r"|contributors|participants|coordinators?)",
    re.IGNORECASE,
)


def names_a_body(owner: str) -> bool:
    """Whether the words taken for a person end as a body's name does ("Open Buoy Consortium to publish
    ..."): a body owning an action is the register's own party, kept in the item (the session 18 review)."""
    words = re.findall(r"[A-Za-z]+", owner)
    return any(word in ORG_HEADS for word in words)


# Verbs an action opens with, capitalised: the action itself, never its owner
ACTION_VERBS = frozenset(
    {"review", "check", "send", "draft", "prepare", "update", "circulate", "confirm", "provide", "ask"}
    | {"contact", "set", "share", "publish", "write", "follow", "invite", "schedule", "propose", "submit"}
    | {"align", "map", "compare", "agree", "organise", "organize", "present", "report", "collect", "liaise"}
    | {"open", "post", "resolve", "run", "file", "raise", "start", "finalise", "finalize", "coordinate"}
    | {"investigate", "verify", "request", "add", "create", "book", "arrange", "nominate", "identify"}
    | {"define", "edit", "upload", "reply", "respond", "notify", "inform", "test", "give", "find", "look"}
    | {"complete", "finish", "deliver", "produce", "contribute", "consolidate", "harmonise", "harmonize"}
    | {"document", "assess", "analyse", "analyze", "summarise", "summarize", "clarify", "develop", "revise"}
    | {"distribute", "forward", "collate", "merge", "translate", "extend", "plan", "register", "consult"}
)


# "NEW: \"Common test method ...\"", "Added: ...": a change label of an addendum, and the quotes
# around an item's title, are no part of the item
CHANGE_LABEL = re.compile(
    r"^(?:(?:new|added|add|amended|changed|modified)\s*:\s*|(?:row|item|line|entry)\s{1,3}#?\d{1,3}(?:\.\d{1,2})?"
    r"\s{0,3}\((?:revised|new|added|amended|changed|updated|modified|replaced)\)\s{0,3}:\s*)",
    re.IGNORECASE,
)
# An addendum that lists only the rows it changes ("Row 4 (revised): X - target moved to 1H2027"), the
# lines maybe run together by a reader: each label opens one changed item
ROW_CHANGE = re.compile(
    r"(?:^|(?<=\s))(?:row|item|line|entry)\s{1,3}#?\d{1,3}(?:\.\d{1,2})?\s{0,3}"
    r"\((?:revised|new|added|amended|changed|updated|modified|replaced)\)\s{0,3}:",
    re.IGNORECASE,
)


def is_changed_row(block: Block) -> bool:
    """A short line read as a heading for its shape that is one changed row ("Row 2 (revised): X ...")."""
    return ROW_CHANGE.match(block.text) is not None and split_target(block.text)[1] is not None


def changed_rows(block: Block) -> list[Block]:
    """The changed rows a block holds (ROW_CHANGE), each from its label to the next; none without one."""
    labels = list(prefilter.finditer(ROW_CHANGE, block.text))
    if not labels:
        return []
    ends = [m.start() for m in labels[1:]] + [len(block.text)]
    offsets = [piece[0] for piece in block.pieces]
    parts = []
    for label, end in zip(labels, ends, strict=True):
        text = block.text[label.start() : end].strip()
        parts.append(Block("item", text, pieces_of(block, label.start(), label.start() + len(text), offsets)))
    return parts


# An item's target changed in a sentence ("Item 3 (X): target changed from Q2 2027 to 31 Mar 2027.", "The
# target of \u201cX\u201d moves from Q4 2026 to TBD.", "The due date for X is postponed from ... to ..."): the
# new target is the item's; the item is what the sentence quotes, brackets after its number, or names
# after "the target of"
MOVED_FROM_TO = re.compile(
    r"\b(?:changed|changes|moved|moves|revised|postponed|deferred|delayed|shifted|brought\s+forward|updated"
    r"|extended|rescheduled)\s+from\s+(?P<old>[^;]{2,40}?)\s+to\s+(?P<new>[^;]{2,40}?)"
    r"(?:\s{0,3}\([^()]{0,160}\))?\s*+\.?$",  # (a reason in brackets after the new target)
    re.IGNORECASE,
)
MOVED_ITEM = (
    re.compile(r"[\"\u201c\u2018](?P<item>[^\"\u201c\u201d\u2018\u2019]{3,200})[\"\u201d\u2019]"),
    re.compile(r"^(?:work\s+)?(?:item|row|deliverable)\s+#?[\w.-]{1,8}\s*\((?P<item>[^()]{3,200})\)", re.I),
    re.compile(
        r"^(?:the\s+)?(?:target(?:\s+date)?|due\s+date|deadline|date|timeline)\s+(?:of|for)\s+(?:the\s+)?"
        r"(?:(?:work\s+)?item\s+#?[\w.-]{1,8}\s*[,:\u2013\u2014-]?\s*)?(?P<item>[^,;]{3,200}?)\s+(?:is\s+|has\s+been\s+|was\s+)?"
        r"(?=(?:changed|changes|moved|moves|revised|postponed|deferred|delayed|shifted|brought|updated|extended"
        r"|rescheduled)\b)",
        re.I,
    ),
)


# An amendment's instruction replacing an item's target ("Item 3 (X), column "Target": replace "Q4 2027" by
# "Q2 2028".", "... replace Q4 2027 with Q2 2028"): the item keeps its text, the new value is its target
REPLACED_BY = re.compile(
    r"\breplace\s+[\"\u201c\u2018']?(?P<old>[^\"\u201c\u201d\u2018\u2019';]{2,40}?)[\"\u201d\u2019']?\s+(?:by|with)\s+"
    r"[\"\u201c\u2018']?(?P<new>[^\"\u201c\u201d\u2018\u2019';]{2,40}?)[\"\u201d\u2019']?\s*+\.?$",
    re.IGNORECASE,
)


def replaced_under(lead: Block, block: Block) -> Draft | None:
    """An amendment's instruction broken after its lead-in: the item the line ending on a colon names
    ("Item 3 (X), column "Target":"), the target the replacement under it gives ("replace "Q4 2027" by
    "Q2 2028"."); None for any other pair of lines."""
    if block.text.lstrip()[:7].lower() != "replace":
        return None
    replaced = REPLACED_BY.match(block.text.strip())
    target = parse_target(replaced.group("new").strip()) if replaced is not None else None
    named = MOVED_ITEM[1].search(lead.text) if target is not None else None
    if named is None or target is None:
        return None
    item = named.group("item").strip()
    offset = lead.text.index(item)
    spans = lead.span_of(offset, offset + len(item))
    part = Block("item", item, ((0, spans[0][0], spans[0][1]),))
    return Draft([part, block], [item], compact_label(item), target, None, None, None)


BARE_ITEM_NUMBER = re.compile(r"(?:work\s+)?(?:item|row|deliverable)\s+#?[\w.-]{1,8}", re.IGNORECASE)
# An amendment's other words for an item's new target: passive ("the target date "Q2 2027" is replaced by
# "Q4 2027"", "... is changed to Q4 2027"), moved without its old one ("is extended until 31 December 2027",
# "postponed to Q1 2028"), "by X instead of Y", and a field ("Item 3 (X) - new target date: 31 December 2027")
NEW_VALUE = (
    re.compile(
        r"\b(?:is|are|shall\s+be|will\s+be|has\s+been)\s+(?:replaced|changed|amended|updated)\s+(?:by|with|to)\s+"
        r"[\"\u201c\u2018']?(?P<new>[^\"\u201c\u201d\u2018\u2019';]{2,40}?)[\"\u201d\u2019']?\s*+\.?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:changed|moved|postponed|deferred|delayed|shifted|extended|rescheduled|brought\s+forward)"
        r"\s+(?:to|until)\s+(?P<new>[^;]{2,40}?)(?:\s{0,3}\([^()]{0,160}\))?\s*+\.?$",
        re.IGNORECASE,
    ),
    re.compile(
        r"\b(?:by|on|in)\s+(?P<new>[^;]{2,40}?)\s+instead\s+of\s+[^;]{2,40}?\s*+[.;]?$", re.IGNORECASE
    ),
    re.compile(
        r"\bnew\s+(?:target(?:\s+date)?|due\s+date|deadline|completion\s+date)\s*:?\s*(?P<new>[^;]{2,40}?)\s*+\.?$",
        re.IGNORECASE,
    ),
)
# The item such a change names by its number and, in brackets, its title, after a preposition ("In item 3
# (X), the target ...", "for work item A.3 (X)")
NAMED_ITEM = re.compile(
    r"\b(?:work\s+)?(?:item|row|deliverable)\s+#?[\w.-]{1,8}\s*\((?P<item>[^()]{3,200})\)", re.I
)
CHANGE_WORDS = (
    "from",
    "replace",
    "until",
    "instead of",
    "new target",
    "new due",
    "new deadline",
    "changed to",
)


def moved_targets(block: Block) -> list[Draft]:
    """The items whose target a block's sentences change (MOVED_FROM_TO), each with its new target."""
    drafts: list[Draft] = []
    lowered = block.text.lower()
    if not any(word in lowered for word in CHANGE_WORDS):
        return drafts
    for start, end in sentences(block.text):
        sentence = block.text[start:end].strip()
        moved = (
            MOVED_FROM_TO.search(sentence)
            or REPLACED_BY.search(sentence)
            or next((m for p in NEW_VALUE if (m := p.search(sentence)) is not None), None)
        )
        target = parse_target(moved.group("new").strip("\"'\u201c\u201d ")) if moved else None
        if moved is None or target is None:
            continue
        named = (p.search(sentence) for p in (*MOVED_ITEM, NAMED_ITEM))
        found = next(
            (
                m
                for m in named
                if m is not None
                and m.end("item") <= moved.start()
                and not HEADER_CELL.fullmatch(m.group("item"))
                and parse_target(m.group("item").strip()) is None  # the quoted old target is no item
            ),
            None,
        )  # "Item 3 (X), column "Target": replace ...": the quoted column's name is no item
        item = found.group("item").strip() if found is not None else ""
        item = item[1:-1].strip() if item.startswith("(") and item.endswith(")") else item  # "item A.3 (X)"
        if not item or BARE_ITEM_NUMBER.fullmatch(item):
            continue  # "The target of item 3 moves ...": the item is not named
        offset = block.text.index(item, start)
        spans = block.span_of(offset, offset + len(item))
        part = Block("item", item, ((0, spans[0][0], spans[0][1]),))
        drafts.append(Draft([part], [item], compact_label(item), target, None, None, None))
    return drafts


QUOTED_TITLE = re.compile(r"^[\"\u201c](?P<title>[^\"\u201c\u201d]{3,200})[\"\u201d]")


# A task list's box ("- [ ] ...", "- [x] ...") and an owner's handle in brackets ("(@jdoe)"): no part of
# the item's text
# (a box glyph too: "\u2610 A to ...")
TASK_BOX = re.compile(r"^(?:\[[ xX\u2713\u2714]\]|[\u2610\u2611\u2612])\s+")
# (the blanks before a handle are bounded: an unbounded run tried from every blank of a long run of them
# costs its square)
HANDLES = re.compile(r"[ \t]{0,3}\(@[\w.-]{1,40}(?:,\s{0,3}@[\w.-]{1,40}){0,5}\)")
# The people owning an item, in brackets before its target's dash ("Draft a joint note (Ada Lind) \u2013 by
# May 15, 2026", "X (Ada Lind, Ben Ode) - Q3 2026"): no part of the item, as a handle is not
OWNERS_IN_BRACKETS = re.compile(
    rf"[ \t]{{0,3}}\({PERSON}(?:[ \t]{{0,3}}(?:,|&|\band\b)[ \t]{{0,3}}{PERSON}){{0,3}}\)"
    r"(?=[ \t]{1,3}[-\u2013\u2014])"
)
# Inside a section of work items, an item may open with its target ("Q3 2026 - Joint white paper",
# "H2/2026: ...") or end on it as a clause ("First draft of the note in September 2026.")
LEADING_TARGET = re.compile(
    r"^(?P<target>[^\s\u2013\u2014:]+(?:\s[^\s\u2013\u2014:]+){0,3})\s*(?:[\u2013\u2014:]|\s-)\s+(?=\S)"
)
# a roadmap's line that opens with its ISO day or month, no dash after it ("2025-03-04 Joint kick-off call")
LEADING_ISO = re.compile(r"^(?P<target>(?:19|20)\d{2}-[01]\d(?:-[0-3]\d)?)\s+(?=[A-Z])")
# a timeline's line that opens with its period and a column's gap, no dash ("Q2 2027    First draft of X",
# "June 2027\tJoint workshop"): a plain-text table of two columns, when first and what
LEADING_GAPPED = re.compile(r"^(?P<target>\S+(?: \S+){0,3}?)(?:[ \xa0]{3,}|[ \xa0]*\t[ \t\xa0]*)(?=[A-Z])")
TIME_CLAUSE = re.compile(r"\s(?:in|by|during|before|until)\s", re.IGNORECASE)
# A sentence that reports ("The group agreed to review ... in September 2022."): no work item
REPORTED = re.compile(
    r"^(?:the|this|these|we|it|they|both|all)\s(?:(?:[\w-]+\s){0,4}?[a-z]+ed\b"
    r"|.*?\b(?:is|are|was|were|will|shall|has|have|had)\s)",
    re.IGNORECASE,
)


# An item an amendment quotes as the register's new text ('"5.6  Joint white paper - target H1 2027"'):
# the quotes and the item's number are no part of it
QUOTED_ITEM = re.compile(r'^["\u201c](?P<inner>[^"\u201c\u201d]{3,400})["\u201d]\.?$')
QUOTED_NUMBER = re.compile(r"^\(?(?:\d{1,2}(?:\.\d{1,2}){0,3}|[A-Z]\.\d{1,2}|[a-z])[.)]?\s+(?=\S)")


def unquoted(text: str) -> str:
    """An item quoted whole, without its quotes and number; any other text as it is."""
    quoted_item = QUOTED_ITEM.match(text.strip())
    return QUOTED_NUMBER.sub("", quoted_item.group("inner").strip()) if quoted_item else text


# The last column of a slide's or a list's line after its target ("X \u2013 Q3 2026 \u2013 on track",
# "X - 2H2027 - drafting"): a few words of status, no part of the item and no target of it
STATUS_COLUMN = re.compile(
    r"(?<=\S)\s+[-\u2013\u2014|]\s+(?P<status>[A-Za-z][A-Za-z-]{0,20}(?: [A-Za-z-]{1,20}){0,2})$"
)


# A sentence of its own closing an action before its due day ("... are confidential. To be done by
# 1999-01-31.", "X. To be completed by 31 January 2027"): no part of the action
DUE_SENTENCE = re.compile(
    r"(?<=\S)[.;]\s+to\s+be\s+(?:done|completed|finished|delivered|sent|circulated|provided|submitted)\s*$",
    re.IGNORECASE,
)
# A target's label left at the end of the item when the target was split at its colon ("X Expected: Q3
# 2026", a Markdown paragraph joining a title and its field line): no part of the item
TRAILING_LABEL = re.compile(
    r"(?<=\S)[.,;]?\s+(?:expected(?:\s+(?:date|completion|by))?|timeline|time\s?frame|when|schedule|eta"
    r"|planned(?:\s+(?:date|for))?|(?:planned\s+)?completion(?:\s+date)?)$",
    re.IGNORECASE,
)
# A target's own word left after a comma or a semicolon ("X; target date 2027-02-15", "X, due 15 May"): no
# part of the item ("Set the test target" ends on a word of its own, and keeps it)
TARGET_WORD_LEFT = re.compile(
    r"(?<=\S)[,;]\s*(?:target(?:\s+date)?|due(?:\s+date)?|deadline)$", re.IGNORECASE
)
# The target is bounded: grown one character at a time, each try scanning the rest of a run of dots and
# blanks for the end, an unbounded one made one long line quadratic (64 KB: 21 CPU-s; the session review)
LABELLED_MORE = re.compile(
    TRAILING_LABEL.pattern[:-1] + r"\s*:\s*(?P<target>[^;()]{1,60}?)[.\s]*$", re.IGNORECASE
)
TARGET_IN_BRACKETS = re.compile(r"\((?P<target>[^()]{2,40})\)$")
DASH_BEFORE = re.compile(r"\s[-\u2013\u2014]\s*$")
DASH_AFTER = re.compile(r"\s+[-\u2013\u2014]\s")


# A target field's value up to the next field or the end ("Due: before the June Member Meeting. Status:
# open."): what the label says is the target, read before any status the line ends on
LABELLED_VALUE = re.compile(
    r"(?<![\w-])(?:due(?:\s+date)?|target(?:\s+date)?|deadline)\s{0,3}:\s{0,3}"
    r"(?P<value>[^.;,()\n]{2,60}?)\s{0,3}(?:[.;,](?:\s|$)|$)",
    re.IGNORECASE,
)
# An occasion before which the work is due, kept as written with its cue ("before the June Member Meeting",
# "ahead of the next plenary"): the field names no date, but when the work is due
BEFORE_OCCASION = re.compile(r"^(?:before|ahead\s+of|prior\s+to)\s+(?:the\s+)?[A-Za-z0-9]", re.IGNORECASE)


def labelled_target(text: str) -> tuple[str, Target] | None:
    """The item before a target field and the field's value as its target, where the line goes on with
    another field (a status, an owner) or ends: the value read as a target, or an occasion the work is due
    before as written; None when no such field holds one."""
    for field_match in LABELLED_VALUE.finditer(text):
        value = field_match.group("value").strip()
        target = parse_target(value) or cued_target(value)
        if target is None and BEFORE_OCCASION.match(value) is not None:
            target = Target(value, "status", slugify(value.lower()), known_status=False)
        item = TRAILING_FIELDS.sub("", text[: field_match.start()].rstrip(" .,;")).rstrip(
            " .,;:-\u2013\u2014"
        )
        if target is not None and len(item.split()) >= 2:
            return item, target
    return None


# Fields between an item and its target field ("X. Owner: Ada Lind. Due: ..."): the item ends before them
TRAILING_FIELDS = re.compile(r"(?:[.;,]\s+(?:owner|lead|responsible|assignee|status)\s{0,3}:[^.;]*)+$", re.I)


def split_item(text: str) -> tuple[str, Target | None]:
    """An item's text and target (split_target), with the item as written: a dash inside it is kept when
    a target clause or a bracketed target ends the line ("X - tide stations, target 31 Mar 2027", "X -
    tide stations (31 Mar 2027)"); when what ends the line is a status, or no target, and a target stands
    before that status's column ("X \u2013 Q3 2026 \u2013 on track"), that target is the item's."""
    item, target = split_target(text)
    if target is None or target.is_status:
        labelled = labelled_target(text)
        if labelled is not None and (target is None or labelled[1].key != target.key):
            return labelled
    if target is None:
        found = labelled_first(text) or reported_item(text) or target_then_more(text)
        return found or status_column(text, item, target)
    item = TRAILING_LABEL.sub("", clause_after_dash(text, item, target))
    bracketed = bracket_after_dash(text, target)
    if bracketed is not None:
        return bracketed
    return (item, target) if not target.is_status else status_column(text, item, target)


# A target field whose target is followed by more ("Target: Q4 2024 - IN PROGRESS (40 of 62 cases)",
# "Target: 2025, not started"): the label opens it, a dash, comma, semicolon or bracket ends the target
TARGET_FIELD_LABEL = re.compile(
    r"\b(?:target(?:\s+date)?|due(?:\s+date)?|deadline|time\s?frame)\s{0,3}:", re.I
)
FIRST_TARGET = re.compile(r"\s{0,3}(?P<target>[^,;()\u2013\u2014]{2,40}?)\s{0,3}(?:[,;(\u2013\u2014]|\s-\s)")


# An item reported on in a review of the register ("X: draft circulated, on track for 3Q2024", "X: slipped;
# new target 1Q2025"): the item before the colon, the target the report's cue gives; an item reported done
# ("X: done (held 12 March 2024)") has none left
REPORT_CUE = re.compile(
    r"\b(?:on\s+track\s+for|new\s+target(?:\s+date)?(?:\s+is)?|now\s+(?:due|planned|expected|scheduled)"
    r"(?:\s+(?:in|for|by))?|(?:re)?planned\s+for|rescheduled\s+(?:to|for)|(?:moved|slipped|postponed)\s+to)"
    r"\s{1,3}:?\s{0,3}",
    re.IGNORECASE,
)
REPORT_TITLE_LENGTH = 120


def reported_item(text: str) -> tuple[str, Target] | None:
    """An item, a colon, and a report on it whose last cue names its new target."""
    title, colon, report = text.partition(":")
    if not colon or len(title) > REPORT_TITLE_LENGTH or len(title.split()) < 2:
        return None
    cues = list(REPORT_CUE.finditer(report))
    target = parse_target(report[cues[-1].end() :].strip().rstrip(".;")) if cues else None
    return (title.strip(), target) if target is not None else None


# What a slide or an outline writes after an item's target: a field of the item run on from the line
# below ("X -> Q2 2027 Lead: TC SAI / WG 5", "X - Q3 2026 Owner: HMC"), or a note after a comma or a
# semicolon ("X -> early 2028, venue tbd"). The target is the item's; what follows is none of it.
RUN_ON_FIELD = re.compile(
    r"(?<=\S)[ \t]{1,3}(?:Leads?|Owners?|Responsible|Assignee|Status|Notes?|Contact|Editors?)[ \t]{0,2}:[ \t]"
)
ARROWED_TARGET = re.compile(
    rf"[ \t]{ARROWS}[ \t]{{1,3}}(?P<target>[^,;()\u2013\u2014]{{2,40}}?)[ \t]{{0,3}}(?:[,;(]|$)"
)


# A note in brackets after an item's dashed target ("X \u2014 2026 (depends on the ASHRAE edition schedule)")
NOTE_AFTER_TARGET = re.compile(r"(?<=\S)[ \t]{1,3}\([^()\n]{3,100}\)[ \t.;]*$")


def target_then_more(text: str) -> tuple[str, Target] | None:
    """An item whose target is followed by a run-on field or a note (RUN_ON_FIELD, ARROWED_TARGET,
    NOTE_AFTER_TARGET): the item and the target before them; None when the text before them ends on no
    target."""
    note = NOTE_AFTER_TARGET.search(text)
    if note is not None:
        item, target = split_target(text[: note.start()])
        dashed = DASH_AFTER.search(text[: note.start()]) is not None
        if target is not None and dashed and len(item.split()) >= 2:
            return item, target
    field = RUN_ON_FIELD.search(text)
    if field is not None:
        item, target = split_target(text[: field.start()])
        if target is not None and len(item.split()) >= 2:
            return item, target
    arrow = ARROWED_TARGET.search(text)
    target = parse_target(arrow.group("target")) if arrow is not None else None
    if arrow is None or target is None or len(text[: arrow.start()].split()) < 2:
        return None
    return text[: arrow.start()].rstrip(), target


def labelled_first(text: str) -> tuple[str, Target] | None:
    """An item with a target field after it whose target comes first, followed by a status or a note: the
    item before the label, the target after it."""
    for label in TARGET_FIELD_LABEL.finditer(text):
        first = FIRST_TARGET.match(text, label.end())
        target = parse_target(first.group("target")) if first is not None else None
        item = text[: label.start()].rstrip(" .,;:-\u2013\u2014")
        if target is not None and len(item.split()) >= 2:
            return item, target
    return None


def clause_after_dash(text: str, item: str, target: Target) -> str:
    """The item before a target clause that a dash split too early ("X - tide stations, target Q3 2026");
    a status between the dash and the clause is none of the item's ("X - in progress, target 2026")."""
    dash = DASH_AFTER.match(text, len(item)) if text.startswith(item) else None
    for clause in (TARGET_CLAUSE, TARGET_LABELLED, LABELLED_MORE):
        cued = clause.search(text) if dash is not None else None
        if dash is None or cued is None or target.text not in cued.group("target"):
            continue
        between = text[dash.end() : cued.start()].strip()
        if between and parse_target(between) is None:
            return text[: cued.start()].rstrip()
    return item


def bracket_after_dash(text: str, target: Target) -> tuple[str, Target] | None:
    """ "X - tide stations (31 Mar 2027)": the words after the dash and before the bracket are the item's,
    unless they are a status ("X - Done (Jan 2025)"); a cued target stays whole ("targeted for the Q4
    meeting (December 2025)"). None when the line is no such one."""
    bracket = TARGET_IN_BRACKETS.search(text.rstrip(" ."))
    dashed = DASH_BEFORE.search(text[: text.rfind(target.text)]) is not None
    if not dashed or bracket is None or not target.text.endswith(bracket.group()):
        return None
    words = target.text[: -len(bracket.group())].strip()
    inner = parse_target(bracket.group("target"))
    if not words or parse_target(words) is not None or inner is None:
        return None
    return text[: bracket.start()].rstrip(), inner


def status_column(text: str, item: str, target: Target | None) -> tuple[str, Target | None]:
    """A target before the status that ends a line ("X \u2013 Q3 2026 \u2013 on track", "X - 2H2027 -
    drafting", "X \u2013 TBD \u2013 not started"): that target; else (item, target) as they were."""
    column = STATUS_COLUMN.search(text.rstrip(" ."))
    if column is not None:
        before, period = split_target(text[: column.start()])
        if period is not None and (target is None or not period.is_status or target.is_status):
            return before, period
    return item, target


# Who leads an item, written as a field of its own between the item and its target's dash ("X - lead CEN/TC
# 465 - target H1 2027", "X - owner: HMC - Q3 2026"): no part of the item. It and SHORT_LEADER start only
# where a run of blanks starts ((?<![ \t])): tried from every place inside a run, each scanned the rest of
# it, n² steps on a long run (40,000 blanks: 66 CPU-s, tests/extract/test_adversarial_text.py)
LEAD_TAIL = re.compile(
    r"(?<![ \t])[ \t]+[-\u2013\u2014][ \t]{1,3}"
    r"(?:lead|led\s+by|owner|responsible|rapporteur)[ \t]{0,3}:?[ \t]{1,3}"
    r"[^\n\u2013\u2014]{1,40}?[ \t]*[-\u2013\u2014]?[ \t]*$",
    re.IGNORECASE,
)
# The dots of a short leader left at the end of an item once its target is taken ("X .. by 31-07-2026")
SHORT_LEADER = re.compile(r"(?<![ \t])[ \t]+\.{2,}[ \t]*$")
# A dash that ends an item with nothing after it: the mark of an empty field, or of text a reader left out
EMPTY_TAIL = re.compile(r"(?<=\w)[ \t]{1,3}[-\u2013\u2014][ \t]*$")


# A tracker's key in square brackets opening an item ("[R-15] X", "[WI-7] X", "[#42] X"), as status e-mails
# and exported boards write it: the item's identifier, no part of its text
BRACKETED_KEY = re.compile(
    r"^[ \t]{0,3}\[(?:[A-Z][A-Za-z0-9]{0,11}[-_ ]?|#)?\d{1,6}(?:\.\d{1,3})?\][ \t]*:?[ \t]+(?=\S)"
)


# A chat log's speaker opening its line ("<ada> ...", "<zakim> Date: 3 March 2027"): no part of what is said
CHAT_SPEAKER = re.compile(r"^<[\w.@|^`-]{1,30}>[ \t]+")
# The next speaker's mark inside a chat log's line a reader ran on ("ACTION: kaz to send X by 30 April 2027
# <trackbot> Created ACTION-123 - ..."): the action ends before it
LATER_SPEAKER = re.compile(r"\s+<[\w.@|^`-]{1,30}>[ \t]+(?=\S)")
# What a line dating the document or its meeting is called, alone ("Date: 3 March 2027", "Last updated: ..."):
# no work item, whatever section it stands in
DATE_NAME = re.compile(
    r"(?:(?:meeting|call|issue|publication|document)\s+)?date|dated|(?:last\s+)?(?:updated|modified|edited)"
    r"|issued|created",
    re.IGNORECASE,
)


def item_draft(block: Block, name, theme, priority, heading_target, in_section: bool = False) -> Draft:
    said = LATER_SPEAKER.split(CHAT_SPEAKER.sub("", block.text), maxsplit=1)[0]
    cleaned = HANDLES.sub("", TASK_BOX.sub("", SPEAKER_STAMP.sub("", unquoted(said))))
    cleaned = BRACKETED_KEY.sub("", cleaned, count=1)
    cleaned = OWNERS_IN_BRACKETS.sub("", LEFT_BULLET.sub("", cleaned, count=1))
    dashed = DASHED_LABEL.match(cleaned)  # "Action 87/5 - Bo Ek - review X - 30/06/2027": review X ...
    cleaned = cleaned[dashed.end() :] if dashed is not None else cleaned
    labelled = bracketed_label(cleaned)  # "Action (Ada Lind, due 30 April 2027): X": X, due that day
    cleaned, label_target = labelled if labelled is not None else (cleaned, None)
    raw = ITEM_LABEL.sub("", CHANGE_LABEL.sub("", without_action_label(cleaned)), count=1)
    raw = OUTCOME_LABEL.sub("", DELIVERABLE_CODE.sub("", raw, count=1), count=1)
    raw = EMPTY_TAIL.sub("", raw)  # "X - Target: 4Q2026 -": a dash over nothing (a field left empty)
    raw = OWNER_DASH_PERSON.sub("", raw, count=1) if owner_before_dash(raw) else raw
    text, target = done_tail(raw) or fields_in_brackets(raw) or split_item(raw)
    if target is None:
        text, target = dashless_day(text) or (text, None)  # "16th of April first public draft of X"
    if target is None:
        text, target = staged_in_brackets(text)
    if target is None and in_section:
        text, target = split_in_section(text)
    if target is None and in_section:
        text, target = bracketed_status(raw, text)
    if target is None and in_section:
        text, target = loose_tail(text)
    if target is None:
        text, target = yearless_tail(text, cued=not in_section)
    if target is None:
        text, target = cued_date_tail(text)  # "X no later than 2 July 2027", as "... than 2 July" is read
    if target is None and in_section:
        text, target = comma_dated(text)
    if target is None and MENTIONED.match(cleaned):
        text, target = task_due(text)
    if target is None:
        text, target = assignee_due(text)
    if target is None:
        text, target = planned_clause(text)
    if target is None:
        text, target = handle_due(text)
    if target is None and in_section:
        text, target = trailing_step_date(text)  # last: the cued shapes above read their own cue's date
    target = target or label_target
    text = TRAILING_OWNER.sub("", text) if target is not None else text  # "X [Ada Lind] [15 May 2027]": X
    text = without_dashed_owner(text) if target is not None else text  # "X - Ada Lind - 28 Feb 2027": X
    text = DUE_SENTENCE.sub("", text) if target is not None else text  # "X. To be done by DATE": X
    text = LEAD_TAIL.sub("", record_item(text))  # "X - lead CEN/TC 465 - target H1 2027": X
    text = SHORT_LEADER.sub("", text)  # "X .. by 31-07-2026": the leader's dots before its target
    quoted = QUOTED_TITLE.match(text)
    if quoted is not None and not text[quoted.end() :].strip(" ,.;-\u2013\u2014"):
        text = quoted.group("title")
    announced = NEW_ITEM_QUOTED.match(" ".join(raw.split()))
    if announced is not None:  # "A new item 7 is added: "X", target H2 2027, led by ...": the item is X
        text, target = announced.group("title").strip(), target or first_target(announced.group("rest"))
    target = without_owner(without_cue(without_done(target)))
    text = TRAILING_CUE.sub("", without_group_field(text)) if target is not None else text
    if target is not None and target.text[:4].lower() == "the ":  # "X at | the May 2027 interim": X
        text = OCCASION_CUE.sub("", text)
    text = TARGET_WORD_LEFT.sub("", text) if target is not None else text  # "X; target date 2027-02-15"
    return Draft([block], [text], compact_label(text), target or heading_target, name, theme, priority)


# An action's owner written before its date in the target's place ("X (Ada, 15 May 2027)", "X -> Ada Lind,
# 15.05.2027", "X (Tomas, by end of June 2027)"): a person's name or handle, no occasion's
OWNER_THEN_DATE = re.compile(
    r"^(?P<owner>@[\w.-]{1,30}|(?-i:[A-Z][a-z'\u2019-]{1,20})(?:[ \t](?-i:[A-Z][a-z'\u2019-]{1,20})){0,2})"
    r"[ \t]{0,3}[,;][ \t]{0,3}(?:(?:due|by|until)[ \t]{1,3})?(?P<date>\S[^,;]{1,40})$"
)
OCCASION_WORDS = re.compile(
    r"\b(?:summit|meeting|plenary|conference|workshop|congress|forum|week|event|session|assembly|plugfest"
    r"|release|call|hackathon|webinar)\b",
    re.IGNORECASE,
)
# A person in square brackets closing an item before its target ("X [Ada Lind] [15 May 2027]"): the owner
TRAILING_OWNER = re.compile(
    r"[ \t]{0,3}\[(?-i:[A-Z][a-z'\u2019-]{1,20})(?:[ \t](?-i:[A-Z][a-z'\u2019-]{1,20})){0,2}\]$"
)
# A person after a dash closing an action before its target's dash ("Circulate X - Ada Lind - 28 February
# 2027", a minutes template's "Action Items:" line): the owner
DASHED_OWNER = re.compile(rf"[ \t]{{1,3}}[-\u2013\u2014][ \t]{{1,3}}(?P<owner>{PERSON})[ \t]{{0,3}}$")


def without_dashed_owner(text: str) -> str:
    """An action opening with its verb, without the person after a dash at its end (DASHED_OWNER); a body
    there ("Tide Gauge Working Group"), or an item opening with no action's verb, keeps its words."""
    found = DASHED_OWNER.search(text)
    verb = text.split(maxsplit=1)[0].lower() if text.strip() else ""
    if found is None or names_a_body(found.group("owner")) or verb not in ACTION_VERBS:
        return text
    item = text[: found.start()].rstrip()
    return item if len(item.split()) >= 2 else text


# A handle and a due date in brackets closing an item ("X (@ada, due 2027-05-15)", a tracker's task line)
HANDLE_DUE = re.compile(
    r"(?<=\S)[ \t]{0,3}\(@[\w.-]{1,30}[ \t]{0,3},[ \t]{0,3}(?:due|by|until)?[ \t]{0,3}:?[ \t]{0,3}"
    r"(?P<date>[^()\n]{2,40})\)[ \t.]*$",
    re.IGNORECASE,
)


def without_owner(target: Target | None) -> Target | None:
    """A target without the person owning the action, written before its date (OWNER_THEN_DATE); an
    occasion named before its date ("Global Summit, October 2025") stays as it is."""
    found = OWNER_THEN_DATE.match(target.text) if target is not None else None
    if found is None or OCCASION_WORDS.search(found.group("owner")) is not None:
        return target
    dated = parse_target(found.group("date").strip())
    return dated if dated is not None and not dated.is_status else target


def handle_due(text: str) -> tuple[str, Target | None]:
    """An item closed by a handle and its due date in brackets (HANDLE_DUE): its text and that date."""
    found = HANDLE_DUE.search(text)
    target = parse_target(found.group("date").strip()) if found is not None else None
    return (text[: found.start()], target) if found is not None and target is not None else (text, None)


# An event or step with its place and its days after a comma ("first joint plugfest in Karlsruhe, 9-11 March
# 2027", "Joint workshop at the HMC offices, June 14, 2027"): the days are its target
DAY_PRECISE_KINDS = frozenset({"date", "days"})
COMMA_TAIL = 32  # the longest day or days read after a comma ("September 10-12, 2027")
COMMAS_TRIED = 2  # a date written with a comma ("June 14, 2027") has one of its own


# A stage of the work and when it is due, in brackets closing the item ("X (Completion in 2011)", "X
# (completion expected Q3 2027)", "X (publication planned for March 2028)", "X (approval: 2Q2028)"), as
# slides and overviews date a group's work: the date is the item's target, the stage's words no part of it
STAGED_IN_BRACKETS = re.compile(
    r"[ \t]*\((?P<stage>completion|publication|approval|delivery|finali[sz]ation|adoption|release|ballot)"
    r"(?:[ \t]+(?:is[ \t]+)?(?:expected|planned|scheduled|targeted|due|foreseen))?"
    r"(?:[ \t]+(?:in|by|for|on|at))?[ \t]*:?[ \t]*(?P<date>[^()\n]{2,30}?)[ \t]*\)[ \t.;]*$",
    re.IGNORECASE,
)


def staged_in_brackets(text: str) -> tuple[str, Target | None]:
    """An item and the date its closing bracket gives a stage of it (STAGED_IN_BRACKETS); the text as it
    is otherwise (a status there, "(completion TBD)", is none: the bracket stays the item's)."""
    found = STAGED_IN_BRACKETS.search(text)
    if found is None or len(text[: found.start()].split()) < 2:
        return text, None
    target = parse_target(found.group("date"))
    if target is None or target.is_status or target.text != found.group("date"):
        return text, None
    return text[: found.start()].rstrip(" ,;"), target


# A timeline's step that ends on its date, with no cue or after "on" / "in" ("Project plan circulated on 26
# April 2027", "Final draft agreed October 2027", "IWA published February/March 2021", "Second workshop
# 20th-21st September 2027 (online)"), as a workshop's or a joint plan's numbered timeline writes its steps:
# the date a month or more precise (a year alone ends many a title: "Report 2027"), a bracketed note after
# it no part of it; the step keeps two words, and one whose last word labels a date ("minutes of the meeting
# of 3 May", "Last updated", "since") is no step ("Workshop agreement published ..." is one), nor one whose
# date is a range's end ("held between August and September 2027"), nor a field's value ("Next joint update:
# OCP Global Summit, October 2025": a label's line, read by the rules of fields)
STEP_NOTE = re.compile(r"[ \t]*\((?P<note>[^()\n]{1,30})\)[ \t.;]*$")
STEP_CUE = re.compile(r"[ \t]*(?:[,\u2013\u2014]|[ \t]-|[ \t](?:on|in))?[ \t]*$", re.IGNORECASE)
STEP_DATE_WORDS = 4  # "20th-21st September 2027", "3 May 2027", "December 2027/January 2028"
STEP_KINDS = frozenset({"date", "days", "month", "months", "quarter", "half", "season"})
STEP_NOT_AFTER = re.compile(
    r"\b(?:of|from|since|after|dated|than|updated|revised|modified|edited|changed|created|version|edition"
    r"|effective|and|or|to|between|until|till|through|the|a|an)$",
    re.IGNORECASE,
)


def trailing_step_date(text: str) -> tuple[str, Target | None]:
    """A step and the date it ends on (STEP_NOTE, STEP_CUE): the longest ending of at most four words that
    is a period (STEP_KINDS), or two such periods joined by "/" ("December 2027/January 2028"); the text
    as it is otherwise."""
    core = text.rstrip(" \t.;")
    note = STEP_NOTE.search(core)
    if note is not None and parse_target(note.group("note").strip()) is None:
        core = core[: note.start()].rstrip()
    words = core.split()
    for count in range(min(STEP_DATE_WORDS, len(words) - 2), 0, -1):
        tail = " ".join(words[-count:])
        target = step_period(tail)
        if target is None:
            continue
        head = " ".join(words[:-count])
        head = STEP_CUE.sub("", head) if STEP_CUE.search(head) is not None else head
        if len(head.split()) < 2 or STEP_NOT_AFTER.search(head) or ":" in head:
            return text, None
        return head, target
    return text, None


def numbered_step(block: Block) -> bool:
    """A numbered line of a timeline that a reader took for a heading for its shape ("3. First working draft
    distributed 30 June 2027"), ending on its date (trailing_step_date)."""
    return bool(block.label) and trailing_step_date(block.text)[1] is not None


def step_period(tail: str) -> Target | None:
    """A step's date as written (trailing_step_date): one period, or two joined by a slash."""
    target = parse_target(tail)
    if target is not None and target.text == tail and target.kind in STEP_KINDS:
        return target
    first, slash, second = tail.partition("/")
    if not slash or not first.strip() or not second.strip():
        return None
    start, end = parse_target(first.strip()), parse_target(second.strip())
    if start is None or end is None or start.kind not in STEP_KINDS or end.kind not in STEP_KINDS:
        return None
    return Target(tail, "months", f"{start.key}-{end.key}", start.start, end.end)


def comma_dated(text: str) -> tuple[str, Target | None]:
    """An item without the day or days that end it after a comma; a month or a year there ("..., June
    2027", "Oslo, 2019") may be a place's or a source's, so only a day is read."""
    bare = text.rstrip(" \t.")
    comma = len(bare)
    for _ in range(COMMAS_TRIED):
        comma = bare.rfind(",", max(0, len(bare) - COMMA_TAIL - 1), comma)
        if comma < 6:
            break
        target = parse_target(bare[comma + 1 :].strip())
        if target is not None and target.kind in DAY_PRECISE_KINDS:
            return bare[:comma].rstrip(), target
    return text, None


# An action written "owner \u2014 action \u2014 date" ("Ada Lind \u2014 circulate the code list \u2014 15 May
# 2027"): the person before the first dash owns it, no part of the work item
OWNER_DASH_PERSON = re.compile(rf"^{PERSON}[ \t]{{1,3}}[-\u2013\u2014][ \t]{{1,3}}(?=[a-z])")


def owner_before_dash(text: str) -> bool:
    """Whether an item opens with a person, a dash and an action's verb (OWNER_DASH_PERSON)."""
    owner = OWNER_DASH_PERSON.match(text)
    if owner is None or names_a_body(owner.group()):
        return False
    rest = text[owner.end() :].split(maxsplit=1)
    return bool(rest) and rest[0].lower() in ACTION_VERBS


# An item's fields in brackets at its end ("X (owner: Ada; due: 20 May 2027)", "X (lead: OBC, target: Q3
# 2027)"): the due or target field's value is the item's target, the bracket no part of it
FIELDS_IN_BRACKETS = re.compile(
    r"(?<=\S)[ \t]{0,3}\((?P<fields>(?:[A-Za-z][A-Za-z ]{1,20}:[^:()\n]{1,60}){1,4})\)[ \t.]{0,3}$"
)
BRACKET_TARGET_FIELD = re.compile(
    r"(?:^|[;,][ \t]{0,3})(?:due(?:\s+date)?|target(?:\s+date)?|deadline|by\s+when)[ \t]{0,3}:[ \t]{0,3}"
    r"(?P<value>[^;,]{2,40})",
    re.IGNORECASE,
)


# An action's owners and its day in brackets at its end, as minutes' action lists write them ("Circulate the
# model (Ana Lind, 15 February 2027)", "X (Ana Lind and Bo Ode, due 2027-02-15)"): the day is the target, the
# owners no part of the item
OWNERS_AND_DAY = re.compile(
    rf"(?<=\S)[ \t]{{0,3}}\((?:{PERSON}(?:[ \t]{{0,3}}(?:,|&|\band\b)[ \t]{{0,3}}{PERSON}){{0,3}}),"
    r"[ \t]{0,3}(?:(?:due|by|deadline)[ \t]{0,3}:?[ \t]{1,3})?(?P<value>[^()\n,;]{2,40}?)\)[ \t.;]{0,3}$"
)


def owners_and_day(text: str) -> tuple[str, Target] | None:
    """The item before its owners' and its day's bracket (OWNERS_AND_DAY), the day its target: a period,
    never a status ("(Ana Lind, ongoing)" is none)."""
    found = OWNERS_AND_DAY.search(text[-200:])
    target = parse_target(found.group("value").strip()) if found is not None else None
    if found is None or target is None or target.is_status:
        return None
    head = text[: len(text) - len(text[-200:]) + found.start()].rstrip(" ,;")
    return (head, target) if len(head.split()) >= 2 else None


def fields_in_brackets(text: str) -> tuple[str, Target] | None:
    """The item before its bracketed fields and the target their due or target field gives (or its owners'
    and its day's bracket: owners_and_day); None when the item ends on no such bracket."""
    found = FIELDS_IN_BRACKETS.search(text[-200:])
    if found is None:
        return owners_and_day(text)
    field = BRACKET_TARGET_FIELD.search(found.group("fields")) if found is not None else None
    target = parse_target(field.group("value").strip()) if field is not None else None
    if found is None or target is None:
        return None
    head = text[: len(text) - len(text[-200:]) + found.start()].rstrip(" ,;")
    return (head, target) if len(head.split()) >= 2 else None


# A bullet a reader left at the start of a line (a slide's "\u25cf", "\u25aa", "\u25ba" printed to text)
LEFT_BULLET = re.compile(
    r"^[ \t]{0,3}[\u25cf\u25aa\u25a0\u25e6\u2022\u25ba\u25b8\u2023\u2219\u25c6\u27a2\u27a4][ \t]+(?=\S)"
)
# A deliverable's or a work package's code before its text, with its stop ("D1. X", "D2.3: X", "WP4) X",
# a call's or a project's list): no part of it (a quarter or a half, "Q3: X", is a period, not a code)
DELIVERABLE_CODE = re.compile(
    r"^[ \t]{0,3}(?!Q[1-4]\b|H[12]\b)[A-Z]{1,3}\d{1,2}(?:\.\d{1,2})?[.:)][ \t]+(?=\S)"
)
# The field an item is written in ("Expected outcome: X (end of 2028)", "Deliverable: X - Q3 2027", "Planned
# output: X"): the field's name is no part of the item
OUTCOME_LABEL = re.compile(
    r"^[ \t]{0,3}(?:(?:expected|planned|main|key|joint|next)\s+)?"
    r"(?:outcomes?|outputs?|results?|deliverables?|goals?|objectives?|milestones?)[ \t]{0,3}:[ \t]+(?=\S)",
    re.IGNORECASE,
)


def outcome_draft(block: Block) -> Draft | None:
    """A line that is an outcome's field with its item and the item's own target ("Deliverable: X (end of
    2028)", "Expected outcome: X - Q3 2027"); None for any other block, and for a field waiting for its
    target on the next line."""
    if block.kind not in ("heading", "paragraph", "field", "item") or OUTCOME_LABEL.match(block.text) is None:
        return None
    draft = item_draft(block, None, None, None, None)
    return draft if draft.target is not None and len(draft.texts[0].split()) >= 2 else None


# A register item's label before its text ("Item 7: X", "Work item 7. X", "Item 7 - X"): no part of it
ITEM_LABEL = re.compile(
    r"^[ \t]{0,3}(?:work\s+)?item\s+#?\d{1,3}(?:\.\d{1,3})?[ \t]{0,3}[:.)\u2013\u2014-][ \t]{0,3}(?=\S)",
    re.IGNORECASE,
)
# The group or owner a slide or a list writes between an item and its target ("X \u2014 3D Formats WG \u2014
# Q4 2026", "X - both groups - Q2 2027"), the last field left of the item once the target is taken
GROUP_FIELD = re.compile(
    r"[ \t]+[-\u2013\u2014][ \t]+(?:both(?:[ \t]+(?:groups|sides|bodies|organi[sz]ations))?|all[ \t]+groups"
    r"|(?:[\w.&/-]{1,20}[ \t]+){0,4}(?:WG|TF|PG|SG|TC|SC|Working[ \t]+Group|Task[ \t]+Force"
    r"|Project[ \t]+Group|Study[ \t]+Group|Committee|Team|secretariats?))[ \t]*$",
    re.IGNORECASE,
)


def without_group_field(text: str) -> str:
    """A dated item without the group or owner written after it (GROUP_FIELD); any other text as it is."""
    field = GROUP_FIELD.search(text[-120:])
    head = text[: len(text) - len(text[-120:]) + field.start()] if field is not None else text
    return head if field is not None and len(head.split()) >= 2 else text


# The cue a target's clause opened with, left at the end of the item once the target is taken ("X,
# expected in the second half of 2027": X)
# The stage a planned item is due for before its date ("planned for approval in July 2027", "expected for
# publication by Q3 2027"): no part of the item or of its target
STAGES = (
    r"approval|publication|adoption|completion|release|ballot|submission|delivery|finali[sz]ation|freeze"
    r"|consultation|enquiry|comments?|vote|decision"
)
PLANNED_STAGE = rf"(?:[ \t]{{1,3}}for[ \t]{{1,3}}(?:(?:its|their|the|final)[ \t]{{1,3}})?(?:{STAGES}))?"
# (also with its verb and the stage the item is due for: "X is expected for publication", "X are planned")
# The cue before an occasion that is an item's target ("report on X at the May 2027 interim"): no part of X
OCCASION_CUE = re.compile(r"(?<=\S)[ \t]{1,3}(?:at|during|before|by)$", re.IGNORECASE)
TRAILING_CUE = re.compile(
    r"(?<=\S),?(?:[ \t]{1,3}(?:is|are)(?:[ \t]{1,3}(?:now|currently))?)?[ \t]{1,3}"
    rf"(?:expected|due|planned|scheduled|foreseen|targeted){PLANNED_STAGE}"
    r"(?:[ \t]{1,3}(?:in|for|by))?$",
    re.IGNORECASE,
)


# A target in a clause of plans closing the item ("X, planned for the second half of 2027;", "X, scheduled in
# Q3 2027.", "X, expected H2 2027"), which the calendar reads once its cue is taken off
# (the stage the item is planned for before its date, "is planned for approval in July 2027", "expected for
# publication by Q3 2027": the item's target is the date; "is"/"are" before the cue no part of the item)
PLANNED_CLAUSE = re.compile(
    r"(?<=\S),?(?:[ \t]{1,3}(?:is|are)(?:[ \t]{1,3}(?:now|currently))?)?[ \t]{1,3}"
    rf"(?:planned|scheduled|foreseen|targeted|expected){PLANNED_STAGE}"
    r"(?:[ \t]{1,3}(?:for|in|by|around))?[ \t]{1,3}(?P<target>[^,;()\n]{2,40}?)[ \t]*[.;]?$",
    re.IGNORECASE,
)


def planned_clause(text: str) -> tuple[str, Target | None]:
    """An item and the target its closing clause of plans gives (PLANNED_CLAUSE); the text as it is and no
    target when none closes it."""
    clause = PLANNED_CLAUSE.search(text[-120:])
    target = parse_target(clause.group("target")) if clause is not None else None
    if clause is None or target is None:
        return text, None
    return text[: len(text) - len(text[-120:]) + clause.start()], target


# The word a target is cued by, kept in its text by a dotted leader's reading ("X ........ by 31-03-2027")
TARGET_CUE = re.compile(
    r"^(?:by|until|in|during|due(?:\s+(?:by|in))?|target(?:\s+date)?:?)\s+(?=\S)", re.IGNORECASE
)


def without_cue(target: Target | None) -> Target | None:
    """A dated target without the cue before it ("by 31-03-2027" is 31-03-2027); an occasion keeps it."""
    cue = TARGET_CUE.match(target.text) if target is not None else None
    if target is None or cue is None:
        return target
    dated = parse_target(target.text[cue.end() :])
    return dated if dated is not None and not dated.is_status and dated.key == target.key else target


# A task of a notes tool's task list: its owner's @mention, the task, and the chip of its due date at the end
# ("@Ada Lind circulate the draft 10 Apr 2026", Confluence, Notion, Loop); the date written as a chip is
# one of a few shapes, matched at the end of the line only
MENTIONED = re.compile(r"^[ \t]{0,3}@\w")
TASK_DUE = re.compile(
    r"(?<=\S)[ \t]{1,3}(?P<date>\d{1,2}[ \t](?:[A-Z][a-z]{2,8}\.?)[ \t]\d{4}"
    r"|(?:[A-Z][a-z]{2,8}\.?)[ \t]\d{1,2},?[ \t]\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4})[ \t.]{0,3}$"
)


def task_due(text: str) -> tuple[str, Target | None]:
    """A mentioned task's text and the due date at its end (TASK_DUE); the text as it is without one."""
    due = TASK_DUE.search(text)
    target = parse_target(due.group("date")) if due is not None else None
    if due is None or target is None or len(text[: due.start()].split()) < 2:
        return text, None
    return text[: due.start()].rstrip(" ,;"), target


def new_text_drafts(blocks: list[Block], seen: set[int]) -> list[Draft]:
    """The work items an amendment's new text quotes ("New text:" / "> 4.6 X - target: March 2028"), each
    block read as an item wherever the layout put it (a quoted paragraph is no list item); only those that
    end on a target."""
    drafts = [item_draft(unquoted_item(b), None, None, None, None) for b in blocks if b.start not in seen]
    for draft in drafts:  # "X - target: Q4 2027": the dash before the target is no part of the item
        draft.texts = [t.rstrip(" -\u2013\u2014") for t in draft.texts]
        draft.label = draft.label.rstrip(" -\u2013\u2014")
    return [d for d in drafts if d.target is not None]


# A quoted item's marks before its text: the quote's ">" and the item's number ("> 4.6 X")
QUOTE_AND_NUMBER = re.compile(r"^(?:>[ \t]?)+(?:\d{1,3}(?:\.\d{1,3}){0,3}[.)]?[ \t]+)?")


def unquoted_item(block: Block) -> Block:
    """A block of quoted text as the item it quotes, without the quote's marks and its number."""
    marks = QUOTE_AND_NUMBER.match(block.text)
    if marks is None or not marks.group() or block.kind == "row":
        return block
    spans = block.span_of(marks.end(), len(block.text))
    return Block("item", block.text[marks.end() :], ((0, spans[0][0], spans[-1][1]),))


def draft_start(draft: Draft) -> int:
    return draft.blocks[0].start if draft.blocks else 0


# A task exported from a tracker or a wiki's task list with its assignee's name and then its due date's chip
# after the task ("Publish the mapping table Ada Lind-Okafor 31 May 2027": Confluence, Jira, Asana, Planner):
# a name of two or three capitalised words (no acronym, no body's or meeting's head word) just before the
# date; the task before it is at least three words and does not end on a preposition ("workshop at")
ASSIGNEE = re.compile(
    r"(?<=\S)[ \t]{1,3}(?P<name>(?:[A-Z][a-z\u00c0-\u024f'\u2019]+(?:-[A-Z][a-z\u00c0-\u024f]+)?[ \t]){1,2}"
    r"[A-Z][a-z\u00c0-\u024f'\u2019]+(?:-[A-Z][a-z\u00c0-\u024f]+)?)$"
)
NOT_A_NAME_WORD = frozenset(
    {
        *(head.lower() for head in ORG_HEADS),
        "meeting",
        "summit",
        "congress",
        "conference",
        "workshop",
        "plenary",
    }
    | {"session", "week", "day", "call", "release", "draft", "version", "edition", "part", "annex", "the"}
)
TRAILING_PREPOSITION = re.compile(r"\b(?:at|to|for|of|in|on|with|by|from|and|or|the|a|an)$", re.IGNORECASE)


def assignee_due(text: str) -> tuple[str, Target | None]:
    """A tracked task's text without its assignee, and the due date at its end; the text as it is when it
    ends on no assignee's name and date."""
    due = TASK_DUE.search(text)
    if due is None:
        return text, None
    assignee = ASSIGNEE.search(text, 0, due.start())
    if assignee is None or any(w.lower() in NOT_A_NAME_WORD for w in assignee.group("name").split()):
        return text, None
    task = text[: assignee.start()].rstrip(" ,;-\u2013\u2014")
    if len(task.split()) < 3 or TRAILING_PREPOSITION.search(task):
        return text, None
    target = parse_target(due.group("date"))
    return (task, target) if target is not None else (text, None)


# A change that adds an item and quotes its title ("A new item 7 is added: "X", target H2 2027, led by ...",
# "New work item 5, “X”: target H2 2027", "A new milestone is added: "X" - target: end of Q3 2027")
NEW_ITEM_QUOTED = re.compile(
    r"^(?:(?:a|an|the)\s+)?(?:new|additional)\s+(?:work\s+)?(?:item|milestone|deliverable|activity|task)"
    r"(?:\s+(?:no\.\s?)?#?[\w.-]{1,8})?(?:\s+(?:is|was|has\s+been)\s+(?:added|inserted|included|introduced))?"
    r"\s{0,3}[,:]?\s{0,3}"
    r"[\"\u201c](?P<title>[^\"\u201c\u201d]{3,300})[\"\u201d](?P<rest>.{0,300})$",
    re.IGNORECASE,
)
# The target a change's rest names first ("- target: end of Q3 2027.", ", target H2 2027, led by ...")
REST_TARGET = re.compile(
    r"^[\s,:;.\u2013\u2014-]{0,6}(?:(?:new\s+)?target(?:\s+date)?|due(?:\s+date)?|deadline)\s{0,3}:?\s{0,3}"
    r"(?P<target>[^,;()]{2,40}?)\s{0,3}(?:[,;(]|\.?$|\.\s)",
    re.IGNORECASE,
)


def added_items(block: Block) -> list[Draft]:
    """The item a change adds by its quoted title, with the target after it ("A new item 7 is added: "X",
    target H2 2027, led by ..."); none for any other block, or without a target."""
    if NEW_ITEM_QUOTED.match(" ".join(block.text.split())) is None:
        return []
    draft = item_draft(block, None, None, None, None)
    return [draft] if draft.target is not None else []


def titled_by_line_above(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Drafts with no item but a target ("- target: H2 2027" under an added item's quoted title on the line
    above, "A new milestone is added:" / ""X"" / "- target: ..."): the quoted line above is the item; a
    draft with no item and no such line is no work item."""
    if all(d.label for d in drafts):
        return drafts
    before: dict[int, Block] = {}
    for section in ctx.layout.sections:
        for previous, block in pairwise(section.blocks):
            before[block.start] = previous
    kept = []
    for draft in drafts:
        above = before.get(draft.blocks[0].start) if not draft.label else None
        quoted = QUOTED_ITEM.match(above.text.strip()) if above is not None else None
        if above is not None and quoted is not None:
            title = quoted.group("inner").strip()
            draft = Draft(
                [above, *draft.blocks], [title], compact_label(title), draft.target, None, None, None
            )
        kept += [draft] if draft.label else []
    return kept


def first_target(rest: str) -> Target | None:
    """The target the words after an added item's quoted title give, if they open on one."""
    match = REST_TARGET.match(rest)
    return parse_target(match.group("target")) if match is not None else None


# The next field of a record read as one line ("; Deliverable : X ; Advocate : Y ; Due : Q4 2026", a
# wiki's definition list joined by a Markdown reader; "Deliverable: X | Owner: HMC | Due: Q3 2025")
NEXT_FIELD = re.compile(r"[;|]\s{0,3}[A-Za-z][\w'-]{0,20}(?:\s[\w'-]{1,20}){0,2}\s{0,3}:")


def record_item(text: str) -> str:
    """The item a record of fields names (the value of its "Deliverable:" field up to the next field);
    any other text as it is."""
    opening = ITEM_FIELD.match(text)
    if opening is None:
        return text
    value = text[opening.end() :]
    following = NEXT_FIELD.search(value)
    return (value[: following.start()] if following else value).strip(" ;|")


# A work item told in a sentence of plans: "<who> expect(s)/plan(s)/intend(s)/aim(s) to <verb> X in
# <period>", "<who> will <verb> X in <period>", "X is planned/scheduled/expected/due for <period>". The
# item is X without its article; the sentence must speak of the future (a report of what was done, "The
# group published X in 2024", is none), and its target must be a period or a named meeting.
PLAN_SUBJECT = re.compile(
    r"^(?:[^;:]{1,80}?\s)?(?:(?:expects?|plans?|intends?|aims?|hopes?|is\s+expected|are\s+expected)\s+to"
    r"|will|shall)\s+(?:also\s+|jointly\s+|then\s+)?[a-z]{2,20}\s+(?=\S)",
    re.IGNORECASE,
)
PLANNED_FOR = re.compile(
    r"^(?P<item>[^;:]{6,160}?)\s+(?:is|are)\s+(?:now\s+|currently\s+)?(?:planned|scheduled|expected|due|foreseen"
    # (the occasion it is expected at before its date: "... is expected at the Congress in October 2027")
    rf"|targeted){PLANNED_STAGE}(?:\s+at\s+(?:the\s+|its\s+|their\s+)?(?-i:[A-Z])[^,;]{{2,60}}?)?"
    r"\s+(?:for|in|by|before|during)\s+(?P<target>[^,;]{2,40}?)\s*$",
    re.IGNORECASE,
)
ARTICLE = re.compile(r"^(?:an?|the)\s+", re.IGNORECASE)
# an object that points back ("review this MoU", "continue its work") names no work item of its own
POINTING = re.compile(
    r"^(?:this|these|that|those|it|its|their|our|them|each|both|all|next|following)\b", re.I
)
# nor does the review of the document itself ("The next review of the register is due in June 2012": a
# review date, kg.extract.dates.review_window)
DOCUMENT_REVIEW = re.compile(
    r"^(?:[\w-]+\s+)?(?:review|renewal|revision|update)\s+of\s+(?:the|this)\s+"
    r"(?:register|agreement|memorandum|mou|charter|document|plan)\b",
    re.IGNORECASE,
)


def planned_drafts(
    block: Block, name, theme, priority, passive_only: bool = False, over_list: bool = False
) -> list[Draft]:
    """The work items a paragraph tells in sentences of plans, each with the target it names; none for
    a paragraph that plans nothing. `passive_only`: only "X is planned for DATE" (PLANNED_FOR), not what a
    subject "will" do. A sentence of two dated clauses ("The kick-off is scheduled for 3 March 2027, and
    the second workshop is planned for June 2027") is its two steps, in a paragraph of several sentences
    too; over its section's own dated list (`over_list`) it is the list's lead sentence: none."""
    drafts = []
    for start, end in sentences(block.text):
        found = planned_item(block.text[start:end].rstrip(" ."), passive_only)
        if found is None:
            continue
        clauses = dated_clauses(sentence_block(block, start, end))
        if len(clauses) > 1:
            drafts += [] if over_list else [item_draft(b, name, theme, priority, None, True) for b in clauses]
            continue
        item, target = found
        offset = block.text.index(item, start)
        spans = block.span_of(offset, offset + len(item))
        part = Block("item", item, ((0, spans[0][0], spans[0][1]),))
        drafts.append(Draft([part], [item], compact_label(item), target, name, theme, priority))
    return drafts


# Work told as done or under way, as alliance pages tell it: "<who> published X in March 2024", "In
# March 2024 <who> published X", "<who> are now working on Y, expected in 2027", "Work on Y is under way
# and expected to complete in 2027". A sentence of two clauses ("... published X in March 2024 and are
# now working on Y, expected in 2027") is read clause by clause.
DONE_VERB = r"(?:published|released|completed|delivered|issued|finali[sz]ed|launched)"
DONE = re.compile(rf"^(?:[^;:]{{1,80}}?\s)?{DONE_VERB}\s+(?=\S)", re.IGNORECASE)
DATE_FIRST = re.compile(r"^(?:in|during|by)\s+(?=\S)", re.IGNORECASE)
WORKING_ON = re.compile(
    r"^(?:[^;:]{0,80}?\b)?work(?:ing)?\s+on\s+(?P<item>[^,;]{6,160}?),?\s+(?:(?:is|are)\s+)?"
    r"(?:(?:under\s*way|ongoing|in\s+progress|progressing)\s+and\s+(?:is\s+)?)?"
    r"(?:expected|due|planned|scheduled|targeted)\s+(?:to\s+(?:complete|finish|conclude|end|be\s+completed)\s+)?"
    r"(?:in|for|by|during)\s+(?P<target>[^,;]{2,40}?)$",
    re.IGNORECASE,
)
# The joint of two clauses with their own verbs ("... in March 2024 and are now working on ...")
CLAUSE_JOINT = re.compile(r",?\s+and\s+(?=(?:is|are|has|have|will|was|were)\s)", re.IGNORECASE)
# A second verb after the object ("published a revised mapping and started work on ..."): the object ends
NEXT_VERB = re.compile(r",?\s+and\s+(?=[a-z]+ed\s)")
# An object that is the alliance itself, not a work item ("published a memorandum", "the relationship")
AGREEMENT_OBJECT = re.compile(
    r"\b(?:memorand(?:um|a)|mou|agreement|relationship|liaison|partnership)\b", re.I
)


def told_item(clause: str) -> tuple[str, Target] | None:
    """The item and period of a clause telling work done or under way (DONE, DONE_AFTER_DATE,
    WORKING_ON); None for a clause that names no deliverable or no month, quarter, half or year."""
    found: tuple[str, str] | None = None
    working = WORKING_ON.match(clause)
    if working is not None:
        found = working.group("item"), working.group("target")
    elif DATE_FIRST.match(clause) is not None:
        found = date_first(clause[DATE_FIRST.match(clause).end() :])  # type: ignore[union-attr]
    elif (done := DONE.match(clause)) is not None:
        rest = clause[done.end() :]
        clauses = list(TIME_CLAUSE.finditer(rest))
        if clauses and len(rest) - clauses[-1].end() <= 30:
            found = rest[: clauses[-1].start()].rstrip(" ,"), rest[clauses[-1].end() :]
    if found is None:
        return None
    item, target = ARTICLE.sub("", NEXT_VERB.split(found[0].strip(), 1)[0]), parse_target(found[1])
    if target is None or target.is_status or not names_work(item) or AGREEMENT_OBJECT.search(item):
        return None
    if working is None and target.kind == "year":
        return None  # "In 2024 the team published a revised mapping": a year's report, no dated milestone
    return item, target


def date_first(rest: str) -> tuple[str, str] | None:
    """ "March 2024, the two bodies published X" (after its "In"): (X, the period), the longest period
    its first words make; None when no period opens it or no verb of work done follows."""
    words = rest.split()
    for size in (4, 3, 2, 1):
        period = " ".join(words[:size]).rstrip(",")
        done = DONE.match(" ".join(words[size:]))
        if parse_target(period) is not None and done is not None:
            return " ".join(words[size:])[done.end() :], period
    return None


def told_drafts(block: Block) -> list[Draft]:
    """The work items a paragraph tells as done or under way (told_item), clause by clause."""
    drafts = []
    for start, end in sentences(block.text):
        sentence = block.text[start:end].rstrip(" .")
        bounds = [0, *(m.start() for m in CLAUSE_JOINT.finditer(sentence)), len(sentence)]
        for low, high in pairwise(bounds):
            clause = CLAUSE_JOINT.sub("", sentence[low:high], count=1) if low else sentence[low:high]
            found = told_item(clause.strip())
            if found is None or found[0] not in block.text[start + low : start + high]:
                continue
            item, target = found
            offset = block.text.index(item, start + low)
            spans = block.span_of(offset, offset + len(item))
            part = Block("item", item, ((0, spans[0][0], spans[0][1]),))
            drafts.append(Draft([part], [item], compact_label(item), target, None, None, None))
    return drafts


def planned_item(sentence: str, passive_only: bool = False) -> tuple[str, Target] | None:
    """The item and target of one sentence of plans ("... expect to complete a joint note in the third
    quarter of 2026"), None for any other sentence."""
    passive = PLANNED_FOR.match(sentence)
    if passive is not None:
        target = parse_target(passive.group("target"))
        item = ARTICLE.sub("", passive.group("item").strip())
        dated = target is not None and (not target.is_status or is_occasion(target))
        return (item, target) if dated and names_work(item) and target is not None else None
    subject = PLAN_SUBJECT.match(sentence) if not passive_only else None
    if subject is None:
        return None
    rest = sentence[subject.end() :]
    for clause in reversed(list(TIME_CLAUSE.finditer(rest))):
        tail = rest[clause.end() :]
        if len(tail) > 40:
            break
        target = parse_target(tail)
        if target is not None and (not target.is_status or is_occasion(target)):
            item = ARTICLE.sub("", rest[: clause.start()].rstrip(" ,"))
            return (item, target) if names_work(item) else None
    return None


def names_work(item: str) -> bool:
    """An object of two words or more that does not point back at something named before."""
    return len(item.split()) >= 2 and POINTING.match(item) is None and DOCUMENT_REVIEW.match(item) is None


# A status in brackets that ends an item of a work-item section and is its only target ("(ongoing)")
STATUS_IN_BRACKETS = re.compile(r"\((?P<status>[A-Za-z][A-Za-z /-]{1,24})\)")


def bracketed_status(raw: str, text: str) -> tuple[str, Target | None]:
    """An item of a work-item section whose only target is a status in brackets ("iii. Common glossary of
    secure element terms (ongoing)"): its text before the bracket and that status; (text, None) else.
    (The last bracket is found by rfind and matched whole there: a search for blanks before it tried
    every blank of a long run, quadratic.)"""
    stripped = raw.rstrip(" .;,")
    opening = stripped.rfind("(")
    status = STATUS_IN_BRACKETS.fullmatch(stripped, opening) if opening >= 0 else None
    target = parse_target(status.group("status")) if status is not None else None
    before = stripped[:opening].rstrip()
    if status is None or target is None or not target.is_status or not before:
        return text, None
    return before, target


# Statuses that date work as a period does: it runs all along ("On-going: exchange of meeting notes")
RUNNING = frozenset({"on-going", "continuous"})


def split_in_section(text: str) -> tuple[str, Target | None]:
    """An item of a work-item section that opens with its target or ends on "in/by <period>" (a
    charter's "Candidate Note for joint review in H1/2027."): its text and that target; a status
    alone ("TBD: ...") or a period inside a longer tail is none."""
    leading = LEADING_TARGET.match(text) or LEADING_ISO.match(text) or LEADING_GAPPED.match(text)
    target = parse_target(leading.group("target")) if leading else None
    if leading is not None and target is not None and (not target.is_status or target.key in RUNNING):
        return text[leading.end() :].strip(), target
    stripped = text.rstrip(" .;,")  # ("... by 15 May 2027;": an item of a list run on with semicolons)
    if REPORTED.match(stripped):
        return text, None
    for clause in reversed(list(TIME_CLAUSE.finditer(stripped))):
        tail = stripped[clause.end() :]
        if len(tail) > 30:
            break
        target = parse_target(tail)
        dated = target is not None and (not target.is_status or is_occasion(target))
        if target is not None and dated and stripped[: clause.start()].count(" ") >= 2:
            return stripped[: clause.start()].rstrip(" ,"), ahead_of_meeting(clause.group().strip(), target)
        if target is not None and dated and STAGE_NAME.fullmatch(stripped[: clause.start()]) is not None:
            return stripped[: clause.start()].rstrip(" ,"), target  # "Candidate Recommendation in 2030."
    return text, None


# A stage of a standard's track named by two capitalised words, a charter's timetable step on its own
# ("Candidate Recommendation in 2030.", "Proposed Standard in Q2 2029", "Final Draft by June 2028"): two
# words are otherwise too few for an item before "in <period>"
STAGE_NAME = re.compile(
    r"(?-i:[A-Z][a-z]+|[A-Z]{2,6})[ \t](?i:recommendation|standard|draft|specification|report|note|ballot"
    r"|release|review|approval|publication)"
)


# A chat bot's stamp after each line of its minutes: who said it and when ("... by 2026-11-02  (ada_l,
# 14:12:10)", MeetBot, Zulip and Slack exports): no part of the item, nor its target
SPEAKER_STAMP = re.compile(r"[ \t]{0,3}\((?:[\w.-]{1,30}),[ \t]{0,3}\d{1,2}:\d{2}(?::\d{2})?\)[ \t.]{0,3}$")
# A target an action list writes as the occasion it falls due at, not as a period, at the end of the item
# after a dash or a time word: a day without its year ("by 15 March", "by Sept. 30"), the next meeting ("--
# next call"), a condition ("-- when the draft is stable") or an event by its name and number ("before IETF
# 126", "before KubeCon NA 2026"). Kept as written, an open target; the cue "by"/"before" is none of it.
LOOSE_TAIL = re.compile(
    r"(?:[ \t](?:[\u2013\u2014]|-{1,2})[ \t]{1,3}(?:(?:by|before|due(?:\s+by)?|until|at)[ \t]{1,3})?"
    r"|[ \t](?:by|before|until)[ \t]{1,3})(?P<target>[^\u2013\u2014]{2,40}?)[ \t.]{0,3}$",
    re.IGNORECASE,
)
# (a span of days too: "16-30 May", "April 20 - 24", a step of several days)
DAY_SPAN_END = r"(?:[ \t]{0,2}[-\u2013][ \t]{0,2}\d{1,2}(?:st|nd|rd|th)?)?"
DAY_WORDS = (
    rf"(?:\d{{1,2}}(?:st|nd|rd|th)?{DAY_SPAN_END}(?:[ \t]{{1,3}}of)?[ \t]{{1,3}}{MONTH}"
    rf"|{MONTH}[ \t]{{1,3}}\d{{1,2}}(?:st|nd|rd|th)?{DAY_SPAN_END})"
)
DAY_NO_YEAR = re.compile(rf"^{DAY_WORDS}$", re.IGNORECASE)
# A day without its year closing a timeline's step, its cue before it ("by", "no later than", "on or
# before"), after it ("at the latest") or none ("X distributed September 15th"), in a work-item section
YEARLESS_TAIL = re.compile(
    r"[ \t,:\u2013\u2014-]{1,4}(?:(?P<cue>by|before|until|till|on|due|(?:no|not)[ \t]later[ \t]than"
    r"|on[ \t]or[ \t]before)[ \t]{1,3})?(?:the[ \t]{1,3})?"
    rf"(?P<day>{DAY_WORDS})(?P<latest>,?[ \t]{{1,3}}at[ \t]the[ \t]latest)?[ \t.;]*$",
    re.IGNORECASE,
)


DAY_BEFORE = re.compile(rf"\b{DAY_WORDS}[ \t]*$", re.IGNORECASE)
# The same cued tail with the day's year ("X by 30 June 2027", "X no later than 2 July 2027"): the cue is
# needed ("X 30 June 2027" outside a work-item section is a dated line of news, not a step)
CUED_DATE_TAIL = re.compile(
    r"[ \t,:\u2013\u2014-]{1,4}(?P<cue>by|before|until|till|due(?:[ \t]by)?|(?:no|not)[ \t]later[ \t]than"
    r"|on[ \t]or[ \t]before)[ \t]{1,3}(?:the[ \t]{1,3})?(?P<target>[^,;:()]{6,30}?)"
    r"(?:,?[ \t]{1,3}at[ \t]the[ \t]latest)?[ \t.;]*$",
    re.IGNORECASE,
)


CUED_STEP_WORDS = 12  # words of such a step, at most: a longer line is a sentence of terms or of news


def cued_date_tail(text: str) -> tuple[str, Target | None]:
    """Outside a work-item section, a step ending on a cue and a day with its year ("Buoy test plans shared
    by 28 May 2027"), read as its yearless form is (yearless_tail, cued): the text before the cue and that
    day; the text as it is otherwise. The step is one short sentence (two to CUED_STEP_WORDS words)."""
    tail = CUED_DATE_TAIL.search(text)
    if tail is None or not 2 <= len(text[: tail.start()].split()) <= CUED_STEP_WORDS:
        return text, None
    if ONE_SENTENCE_BREAK.search(text, 0, tail.start()) is not None:
        return text, None  # "Term. This memorandum ... the parties will review it by 30 November 2026": terms
    target = parse_target(tail.group("target").strip())
    if target is None or target.kind not in ("date", "days"):
        return text, None
    return text[: tail.start()].rstrip(" ,;:"), target


def yearless_tail(text: str, cued: bool = False) -> tuple[str, Target | None]:
    """A step and the day without its year it ends on (YEARLESS_TAIL): "All material circulated September
    25th at the latest", "Final text agreed no later than the 2nd of November"; in a work-item section
    the day alone too ("X distributed September 15th"), elsewhere (`cued`) only after a cue of when it is
    due or before "at the latest" ("on" is none). The day is an open target as written, dated by the
    document's context later (dated_by_context); the item keeps two words at least."""
    tail = YEARLESS_TAIL.search(text)
    if tail is None or len(text[: tail.start()].split()) < 2:
        return text, None
    if DAY_BEFORE.search(text, 0, tail.start()) is not None:
        return text, None  # "X October 30th-November 22nd": a span of days, not a day after its item
    if cued and not tail.group("latest") and (tail.group("cue") or "on").lower() == "on":
        return text, None
    day = " ".join(tail.group("day").split())
    target = Target(day, "status", slugify(day.lower()), known_status=False)
    return text[: tail.start()].rstrip(" ,;:"), target


# A line dated with its year, a month named before the year ("Date: Tue, 9 Mar 2027", "First workshop
# 14th-16th October 2027") or an ISO day: the context a day without its year takes its year from
CONTEXT_DATE = re.compile(
    rf"\b(?P<month>{MONTH})[ \t,]{{1,3}}(?:\d{{1,2}}(?:st|nd|rd|th)?,?[ \t]{{1,3}})?"
    r"(?P<year>(?:19|20)\d{2})\b"
    r"|\b(?P<iso>(?:19|20)\d{2})-(?P<iso_month>[01]\d)-[0-3]\d\b",
    re.IGNORECASE,
)
CONTEXT_REACH = 4000  # how far above (and then below) a step its dated line is looked for
DAY_NUMBER = re.compile(r"\d{1,2}")
MONTH_WORD = re.compile(MONTH, re.IGNORECASE)


def dated_by_context(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """Each draft whose target is a day without its year ("September 25th", "by 3 March"), dated by the
    nearest dated line above it in the document, else below it (CONTEXT_DATE): its year, or the next
    (the year before, below) where the step's month comes earlier (later) than that line's, as a
    timeline runs on. A line naming two years leaves the day open; with no dated line near, the document's
    own year dates it (kg.extract.document_dates.document_year), or nothing does."""
    text = ctx.document.text
    for draft in drafts:
        target = draft.target
        if target is None or not target.is_status or DAY_NO_YEAR.match(target.text) is None:
            continue
        month_name = MONTH_WORD.search(target.text)
        number = DAY_NUMBER.search(target.text)
        if month_name is None or number is None:
            continue
        month, day = month_number(month_name.group().rstrip(".")), int(number.group())
        start, end = draft.blocks[0].start, draft.blocks[-1].end
        above = list(CONTEXT_DATE.finditer(text, max(0, start - CONTEXT_REACH), start))
        below = None if above else CONTEXT_DATE.search(text, end, end + CONTEXT_REACH)
        found = above[-1] if above else below
        if found is None:
            # no dated line near: the document's own year, its head's ("Timeline 2027"), dates it
            dated = parse_target(target.text, document_year(ctx))
            draft.target = dated if dated is not None else target
            continue
        line_start = text.rfind("\n", 0, found.start()) + 1
        line_end = text.find("\n", found.end())
        line = text[line_start : line_end if line_end >= 0 else len(text)]
        years = {m.group("year") or m.group("iso") for m in CONTEXT_DATE.finditer(line)}
        if len(years) != 1:
            continue
        year = int(years.pop())
        if found.group("iso") is not None:
            known = int(found.group("iso_month"))
        else:
            known = month_number(found.group("month").rstrip("."))
        year += (1 if month < known else 0) if above else (-1 if month > known else 0)
        try:
            when = dt.date(year, month, day)
        except ValueError:
            continue
        draft.target = Target(target.text, "date", when.isoformat(), when, when)
    return drafts


NEXT_MEETING_TARGET = re.compile(
    r"^(?:the[ \t])?next[ \t](?:[a-z-]{1,15}[ \t])?(?:call|meeting|sync|plenary|session|interim|telco|f2f)$",
    re.IGNORECASE,
)
CONDITION_TARGET = re.compile(r"^(?:when|once|after)[ \t](?:[\w'-]{1,20}[ \t]?){2,6}$", re.IGNORECASE)
# An event by its name and its year or number: a capitalised word or acronym, at most four, then the number
# (maybe after "#": "SA3-LI #101")
NAMED_EVENT = re.compile(r"^(?-i:(?:[A-Z][\w-]{1,20}[ \t]){1,4})(?:(?:19|20)\d{2}|#?\d{2,3})$")


# Work that runs on, said at the end of its item ("X, on an ongoing basis.", "X on a continuing basis")
RUNNING_BASIS = re.compile(
    r",?[ \t]{1,3}on[ \t]an?[ \t](?P<status>ongoing|continuing|continuous)[ \t]basis[ \t.;]*$", re.I
)


def loose_tail(text: str) -> tuple[str, Target | None]:
    """An action's item and the occasion ending it (LOOSE_TAIL) when it is one of those shapes, or its
    running basis (RUNNING_BASIS: the status it names); the text as it is otherwise. The item keeps at
    least two words, so a line that is a date alone is no item. The next meeting after "before" keeps its
    cue (ahead_of_meeting)."""
    running = RUNNING_BASIS.search(text)
    status = parse_target(running.group("status")) if running is not None else None
    if running is not None and status is not None and len(text[: running.start()].split()) >= 2:
        return text[: running.start()].rstrip(" ,;"), status
    tail = LOOSE_TAIL.search(text)
    if tail is None or len(text[: tail.start()].split()) < 2:
        return text, None
    words = tail.group("target").strip()
    shapes = (DAY_NO_YEAR, NEXT_MEETING_TARGET, CONDITION_TARGET, NAMED_EVENT)
    if not any(shape.match(words) for shape in shapes):
        return text, None
    period = parse_target(words)
    if period is not None and not period.is_status:
        return text[: tail.start()].rstrip(" ,;"), period  # "due by March 2027": a month, no event's name
    target = Target(words, "status", slugify(words.lower()), known_status=False)
    cue = text[tail.start() : tail.start("target")].strip(" \t-\u2013\u2014")
    return text[: tail.start()].rstrip(" ,;"), ahead_of_meeting(cue, target)


def ahead_of_meeting(cue: str, target: Target) -> Target:
    """The next meeting after "before" as its cue and it are written ("before the next meeting"): the
    work is due ahead of it, not at it, as a target field's "Due: before the June Member Meeting" says
    (BEFORE_OCCASION); any other target, or any other cue ("by the next call"), as it is."""
    if cue.lower() != "before" or not target.is_status or NEXT_MEETING_TARGET.match(target.text) is None:
        return target
    words = f"{cue} {target.text}"
    return Target(words, "status", slugify(words.lower()), known_status=False)


# A sub-bullet that is one field of the item above it, not an item of its own ("- X -> Q1 2027" over
# "  - Status: on track", "  - Owner: HMC"), as slides and action lists write an item's state
FIELD_CHILD = re.compile(
    r"^\W{0,3}(?P<label>status|state|progress|owners?|responsible|lead|assignee|notes?|remarks?|comments?"
    r"|priority)\s*+:\s*+(?P<value>\S.{0,80})$",
    re.IGNORECASE,
)


def take_field_child(draft: Draft, block: Block) -> bool:
    """Whether a sub-item is a field of its parent (FIELD_CHILD): the parent keeps its text and its
    target, a status giving it one only when it states none ("  - Status: ongoing")."""
    field = FIELD_CHILD.match(block.text)
    if field is None:
        return False
    draft.blocks.append(block)
    if draft.target is None and field.group("label").lower() in ("status", "state", "progress"):
        status = parse_target(field.group("value").strip().rstrip("."))
        draft.target = status if status is not None and status.is_status else None
    return True


def add_child(draft: Draft, block: Block) -> None:
    """A sub-item: the parent becomes a heading ("Schema"), the sub-items its texts and target; a
    sub-item that is a field of the parent ("Status: on track") is none (take_field_child)."""
    if take_field_child(draft, block):
        return
    child_target = CHILD_TARGET.match(block.text)
    if child_target is not None and parse_target(child_target.group("target")) is not None:
        draft.target = parse_target(child_target.group("target"))  # "Target: 2Q2022 - done"
        draft.blocks.append(block)
        return
    text, target = split_item(block.text)
    if not draft.children:
        draft.texts = []
        draft.label = draft.blocks[0].text.rstrip(".:")
    draft.children.append(block)
    draft.blocks.append(block)
    draft.texts.append(text)
    draft.target = target or draft.target


def compact_label(text: str) -> str:
    """A short label from a milestone's first sentence: without parentheses, without a leading
    "Work on", cut before a clause ("... members on opportunities ...", "... activities that ...")."""
    first = text[slice(*sentences(text)[0])] if sentences(text) else text
    first = without_brackets(first, space_before=True).strip().rstrip(".")
    first = capitalise(LIGHT_VERB.sub("", first))
    for match in LABEL_CUT.finditer(first):
        if len(first[: match.start()].split()) >= 4:
            return first[: match.start()]
    return first


# --- Who and what ---------------------------------------------------------------------------------


def leading_organizations(text: str, mentions: list[Mention]) -> list[Entity]:
    """Organizations a text starts with: "DMTF, SNIA, and OFA approves", "DMTF Redfish schema ..."."""
    found, position = [], 0
    for index, mention in enumerate(mentions):
        gap = text[position : mention.start]
        if not re.fullmatch(rf"(?:the\s+)?|{LIST_JOINT}", gap, re.IGNORECASE):
            break
        if mention.entity.kind != "organization":
            break
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if (
            following is not None
            and following.entity.kind == "unit"
            and not text[mention.end : following.start].strip()
        ):
            break
        found.append(mention.entity)
        position = mention.end
    return found


def organizations_after(pattern: re.Pattern[str], text: str, mentions: list[Mention]) -> list[Entity]:
    """Organizations listed right after a phrase ("a joint effort of OGF and DMTF")."""
    found = []
    for match in pattern.finditer(text):
        rest = [m for m in mentions if m.start >= match.end()]
        found += leading_organizations(text[match.end() :], shift(rest, -match.end()))
    return found


def shift(mentions: list[Mention], by: int) -> list[Mention]:
    return [Mention(m.entity, m.start + by, m.end + by, m.surface) for m in mentions]


def responsible_in(text: str, mentions: list[Mention]) -> list[Entity]:
    """Who is to carry out a milestone: the organizations it opens with, "OGF to produce ...",
    "a joint effort of OGF and DMTF", "exchange between DMTF and OGF members"."""
    found = leading_organizations(text, mentions)
    for match in TO_PRODUCE.finditer(text):
        before = [m for m in mentions if m.end <= match.start() and m.entity.kind == "organization"]
        if before and not text[before[-1].end : match.start()].strip():
            found.append(before[-1].entity)
    found += organizations_after(JOINT_EFFORT, text, mentions)
    found += organizations_after(BETWEEN, text, mentions)
    return found


def is_involved(ctx: Context, entity: Entity) -> bool:
    """Units taking part in a milestone, and organizations that are not parties (IETF, ISO)."""
    if entity.kind == "unit":
        return is_participating(ctx, entity)
    return entity.kind == "organization" and not ctx.is_party(entity)


def milestone_people(ctx: Context, draft: Draft) -> tuple[list[Entity], list[Entity], list[Entity]]:
    """(responsible, involved, concerned specifications) over all blocks of a milestone."""
    responsible: list[Entity] = []
    involves: list[Entity] = []
    concerns: list[Entity] = []
    for block, text in zip(draft.blocks if not draft.children else draft.children, draft.texts, strict=False):
        mentions = [m for m in ctx.mentions(block) if m.end <= len(text)]
        responsible += responsible_in(text, mentions)
        involves += [m.entity for m in mentions if is_involved(ctx, m.entity)]
        concerns += [entity for entity, _ in specification_mentions(ctx, block)]
    return responsible, involves, concerns


# --- Deliverables ------------------------------------------------------------------------------------


def gerund(verb: str) -> str:
    base = verb[:-3] + "y" if verb.endswith("ies") else verb[:-1] if verb.endswith("s") else verb
    if base.endswith("e") and not base.endswith("ee"):
        base = base[:-1]
    return base + "ing"


def deliverable_label(phrase: str) -> str:
    """ "a set of DMTF change requests that reflect OGF's models" -> "DMTF change requests reflecting
    OGF's models"; "an OGF Information Document that extends/modifies DMTF CIM" -> "... extending or
    modifying DMTF CIM"."""
    phrase = QUANTIFIER.sub("", QUANTIFIER.sub("", phrase.strip()))
    return RELATIVE_VERB.sub(
        lambda m: " or ".join(gerund(v) for v in m.group("verbs").split("/")), phrase
    ).strip()


def deliverables_of(
    ctx: Context, draft: Draft, responsible: list[Entity], concerns: list[Entity]
) -> list[Deliverable]:
    if draft.is_row:
        head = " ".join(draft.texts[0].split()[:6])
        if OUTPUT_NOUNS.search(head):
            return [
                Deliverable(
                    draft.label, tuple(unique(responsible)), tuple(unique(concerns)), draft.blocks[0].spans
                )
            ]
        return []
    found: list[Deliverable] = []
    blocks = draft.children or draft.blocks
    for block, text in zip(blocks, draft.texts, strict=False):
        mentions = ctx.mentions(block)
        found += produced(ctx, block, text, mentions, concerns)
        found += outputs(ctx, block, text, mentions, concerns)
    return found


def produced(
    ctx: Context, block: Block, text: str, mentions: list[Mention], concerns: list[Entity]
) -> list[Deliverable]:
    """ "OGF to produce draft standards": a generic output is named after the milestone's specification."""
    found = []
    for match in TO_PRODUCE.finditer(text):
        who = [m.entity for m in mentions if m.end <= match.start() and m.entity.kind == "organization"]
        what = match.group("what").strip()
        inside = [m.entity for m in mentions if match.start("what") <= m.start < match.end("what")]
        specs = [e for e in inside if e.kind == "specification"] or concerns[:1]
        label = deliverable_label(what)
        if not re.search(r"[A-Z]", label) and specs:
            label = f"{specs[0].short_name} {label}"
        found.append(
            Deliverable(
                label, tuple(who[-1:]), tuple(unique(specs)), block_spans(block, match.start(), match.end())
            )
        )
    return found


def outputs(
    ctx: Context, block: Block, text: str, mentions: list[Mention], concerns: list[Entity]
) -> list[Deliverable]:
    """ "Anticipated output would be in the form of X and Y": one deliverable each; one that names no
    specification concerns those its siblings name; an organization qualifying a document makes it
    responsible, one qualifying requests is their addressee."""
    found: list[Deliverable] = []
    for match in OUTPUT_IN_FORM.finditer(text):
        offset = match.start("what")
        parts = re.split(r"\s+and\s+(?=(?:an?|the)\s)", match.group("what"))
        sibling_specs: list[Entity] = []
        drafts = []
        for part in parts:
            start = text.index(part, offset)
            offset = start + len(part)
            inside = [m for m in mentions if start <= m.start < offset]
            specs = [m.entity for m in inside if m.entity.kind == "specification"]
            sibling_specs += specs
            phrase = QUANTIFIER.sub("", QUANTIFIER.sub("", part))
            lead = leading_organizations(phrase, shift(inside, -(start + len(part) - len(phrase))))
            responsible = [] if REQUEST_NOUNS.search(phrase) else lead[:1]
            drafts.append((deliverable_label(part), responsible, specs, block_spans(block, start, offset)))
        for label, responsible, specs, spans in drafts:
            specs = specs or sibling_specs or concerns[:1]
            found.append(Deliverable(label, tuple(responsible), tuple(unique(specs)), spans))
    return found


# --- Collaborations ------------------------------------------------------------------------------------


def collaborations_of(ctx: Context, draft: Draft, ordinal: int, start_number: int) -> list[Collaboration]:
    """ "Establish a work relationship between the OGF OCCI-WG and the DMTF CMWG"."""
    found: list[Collaboration] = []
    for block, text in zip(draft.children or draft.blocks, draft.texts, strict=False):
        mentions = ctx.mentions(block)
        for match in RELATIONSHIP.finditer(text):
            units = [
                m.entity
                for m in mentions
                if match.start("a") <= m.start < match.end("b") and m.entity.kind == "unit"
            ]
            if len(unique(units)) >= 2:
                label = f"{match.group('a')} and {match.group('b').strip()} {match.group('noun').lower()}"
                found.append(
                    Collaboration(
                        start_number + len(found),
                        label,
                        unique(units),
                        ordinal,
                        block_spans(block, match.start(), match.end()),
                    )
                )
    return found


# --- Layouts of generated registers: Gantt charts, key records, tables on their side -------------------


def source_lines(ctx: Context, block: Block) -> list[Block]:
    """The source lines a reader joined into `block` (a Markdown paragraph joins a fenced block's lines
    with blanks): a line ends where the text skips a line end of the source. One block a line, as a list
    item over that line's span."""
    text, offsets = ctx.document.text, ctx.document.offsets
    lines: list[Block] = []
    for _, start, end in block.pieces:
        begin = start
        for index in range(start + 1, min(end, len(offsets))):
            if text[index] == "\n" or (text[index].isspace() and offsets[index] - offsets[index - 1] > 1):
                lines += line_block(text, begin, index)
                begin = index + 1
        lines += line_block(text, begin, end)
    return lines


def line_block(text: str, start: int, end: int) -> list[Block]:
    """The line text[start:end] without its blanks, as a block; none for a blank line."""
    line = text[start:end]
    stripped = line.strip()
    if not stripped:
        return []
    begin = start + len(line) - len(line.lstrip())
    return [Block("item", stripped, ((0, begin, begin + len(stripped)),))]


# A Mermaid chart: its fence ("```mermaid", "~~~ mermaid") and its kind's line; the lines of its settings
GANTT_OPEN = re.compile(r"^(?:(?:`{3,}|~{3,})\s{0,3}\{?mermaid\}?\s{1,3})?gantt$", re.IGNORECASE)
GANTT_SETTING = re.compile(
    r"^(?:title|dateformat|axisformat|tickinterval|excludes|includes|todaymarker|weekday|section"
    r"|inclusiveenddates|topaxis|displaymode|accTitle|accDescr|click)\b|^%%",
    re.IGNORECASE,
)
# A task line: its name, a colon, then its tags, identifier, start and end (or duration) separated by commas
GANTT_TASK = re.compile(r"^(?P<name>[^:]{2,200}?)\s{0,40}:\s{0,40}(?P<meta>[^:]{1,200})$")
GANTT_TAGS = frozenset({"done", "active", "crit", "milestone"})
GANTT_DURATION = re.compile(r"^\d{1,4}(?:\.\d{1,3})?\s?(?:ms|s|m|h|d|w|M|y)$")


def gantt_drafts(ctx: Context) -> list[Draft]:
    """The tasks of a Gantt chart written as text (a Mermaid `gantt` block in a README or a wiki, fenced
    or not): each task line a work item, its target the end it is given, or a milestone's day ("0d" after
    it). A task that ends a duration after another one has no target written and is left out."""
    drafts: list[Draft] = []
    in_chart = False
    for section in ctx.layout.sections:
        for block in ([section.heading] if section.heading is not None else []) + section.blocks:
            if not in_chart and "gantt" not in block.text.lower():
                continue
            for line in source_lines(ctx, block):
                text = line.text.strip()
                if GANTT_OPEN.match(text):
                    in_chart = True
                elif in_chart and not GANTT_SETTING.match(text):
                    draft = gantt_task(line)
                    drafts += [draft] if draft is not None else []
                    in_chart = draft is not None or GANTT_TASK.match(text) is not None
            in_chart = in_chart and not (block.kind == "heading" and block.explicit)
    return drafts


def gantt_task(line: Block) -> Draft | None:
    """A Gantt chart's task line with the target its end gives; None for a line that is no task or ends a
    duration after another task."""
    task = GANTT_TASK.match(line.text)
    if task is None:
        return None
    fields = [f.strip() for f in task.group("meta").split(",")]
    while fields and fields[0].lower() in GANTT_TAGS:
        fields.pop(0)
    tags = {f.strip().lower() for f in task.group("meta").split(",")}
    if not fields:
        return None
    end = fields[-1]
    if GANTT_DURATION.match(end):  # a milestone's "0d": its day is its start
        end = fields[-2] if "milestone" in tags and len(fields) >= 2 and end.startswith("0") else ""
    target = parse_target(end) if end else None
    if target is None or target.is_status:
        return None
    name = " ".join(task.group("name").split())
    return Draft([line], [name], compact_label(name), target, None, None, None)


# A record's key as data files and board exports write it ("title:", "targetDate:", "due_date:"): one word
# glued to its colon. Only the keys below divide a record; another word's colon stays in the value
# ("title: Reference mapping: buoy fields").
RECORD_KEY = re.compile(r"(?<![\w.-])(?P<key>[A-Za-z][A-Za-z0-9_-]{0,30}):(?=\s|$)")
ITEM_KEYS = frozenset({"title", "item", "workitem", "deliverable", "task", "milestone", "summary", "name"})
TARGET_KEYS = frozenset({"target", "targetdate", "due", "duedate", "deadline", "eta", "timeframe", "dueon"})
OTHER_KEYS = frozenset(
    {
        "id", "key", "ref", "reference", "lead", "owner", "owners", "assignee", "assignees", "responsible",
        "status", "state", "priority", "labels", "label", "tags", "color", "colour", "created", "updated",
        "completed", "closed", "start", "startdate", "checklist", "notes", "note", "comment", "comments",
        "description", "body", "date", "email", "role", "organization", "organisation", "pinned",
        "progress", "type", "url", "link", "group", "editor", "editors", "version", "shortname",
    }
)  # fmt: skip
RECORD_KEYS = ITEM_KEYS | TARGET_KEYS | OTHER_KEYS
VALUE_COMMENT = re.compile(r"\s#\s.*$")


def record_fields(text: str) -> list[tuple[str, str]]:
    """A block's `key: value` fields, when it opens on a record's key (a YAML item's "id: 1 title: ...",
    a card's "title: X color: blue"); none otherwise. Keys are folded ("targetDate" -> "targetdate")."""
    keys = [
        (m, folded)
        for m in prefilter.finditer(RECORD_KEY, text)
        if (folded := m.group("key").lower().replace("_", "").replace("-", "")) in RECORD_KEYS
    ]
    if not keys or text[: keys[0][0].start()].strip(" -*\u2022>#"):
        return []
    fields = []
    for index, (match, key) in enumerate(keys):
        end = keys[index + 1][0].start() if index + 1 < len(keys) else len(text)
        value = VALUE_COMMENT.sub("", text[match.end() : end]).strip().strip("\"'").strip()
        fields.append((key, value))
    return fields


@dataclass
class KeyRecord:
    """The fields of one record, gathered over the lines that hold them."""

    lines: list[Block] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    last: str | None = None  # the key of the last field read, which a line without a key continues

    def add(self, line: Block, fields: list[tuple[str, str]]) -> None:
        self.lines.append(line)
        for key, value in fields:
            self.fields.setdefault(key, value)
        self.last = fields[-1][0]

    def draft(self) -> Draft | None:
        """The work item the record names, with its target; None for a record of something else (an
        approval's body and date, a contact) or without a target."""
        item = next((self.fields[k] for k in ITEM_KEYS if self.fields.get(k)), None)
        value = next((self.fields[k] for k in TARGET_KEYS if self.fields.get(k)), None)
        target = (cell_target(value) or written_target(value)) if value else None
        if item is None or target is None or len(item.split()) < 2:
            return None
        return Draft(list(self.lines), [item], compact_label(item), target, None, None, None)


def key_records(ctx: Context) -> tuple[list[Draft], set[int]]:
    """Work items written as records of `key: value` fields (a YAML register's items, a board export's
    cards, such fields one a line): the lines of blocks that open on a record's key are fields of one
    record until a key comes again (the next record's "id:" or "title:") or a block that opens on none.
    A record is its title field's item with its target field's target. Also the starts of the blocks of
    every record of two keys or more, which no other rule reads as an item."""
    drafts: list[Draft] = []
    claimed: set[int] = set()
    record = KeyRecord()
    blocks: list[Block] = []  # the blocks the record spans
    opened: list[Block] = []  # those that open on its keys

    def close() -> None:
        nonlocal record, blocks, opened
        draft = record.draft() if len(record.fields) >= 2 else None
        if len(record.fields) >= 2:  # a block opening on "Owner: X" under an item's title keeps its title
            claimed.update(b.start for b in (blocks if draft is not None else opened))
            drafts.extend([draft] if draft is not None else [])
        record, blocks, opened = KeyRecord(), [], []

    for section in ctx.layout.sections:
        for block in section.blocks:
            readable = block.kind in ("item", "paragraph", "heading", "field") and not block.explicit
            if not readable or prefilter.search(RECORD_KEY, block.text) is None:
                close()
                continue
            lines = source_lines(ctx, block)
            awaited = record.last is not None and not record.fields[record.last]  # "owner:" / "HMC"
            opens = bool(lines) and (bool(record_fields(lines[0].text)) or awaited)
            if not opens:
                close()  # a block that opens on no key ends the record; its own key lines may open one
            blocks.append(block)
            opened += [block] if opens else []
            for line in lines:
                fields = record_fields(line.text)
                if not fields:  # a value written over two lines, or the title line over the fields
                    if record.last is not None:
                        record.fields[record.last] = (record.fields[record.last] + " " + line.text).strip()
                    continue
                if any(key in record.fields for key, _ in fields):
                    close()
                    blocks.append(block)
                    opened += [block] if line is lines[0] else []
                record.add(line, fields)
        close()
    return drafts, claimed


# An Emacs Org file's outline: a heading is stars and a blank ("** "); a work item's heading opens on its
# state keyword ("** TODO Joint glossary", "*** DONE [#A] Shared test plan  :terms:"), its tags at the end
ORG_HEADING = re.compile(r"^\*{1,8}[ \t]")
ORG_STATE_HEADING = re.compile(
    r"^\*{1,8}[ \t]{1,4}(?P<state>[A-Z][A-Z_-]{1,15})[ \t]{1,4}(?:\[#[A-Z0-9]\][ \t]{1,4})?"
    r"(?P<title>[^\n]{1,400})$"
)
ORG_TAGS = re.compile(r"^:[\w@#%:]{1,80}:$")
# The file's own list of states ("#+TODO: TODO STARTED | DONE DROPPED", "#+SEQ_TODO: ..."), else Org's
# usual ones; a state meaning the item was given up is no milestone
ORG_STATES_LINE = re.compile(r"^#\+(?:SEQ_|TYP_)?TODO:[ \t]*(?P<states>[^\n]{1,300})$", re.IGNORECASE)
ORG_STATES = frozenset(
    {"TODO", "DONE", "NEXT", "STARTED", "ACTIVE", "WAITING", "HOLD", "DROPPED", "CANCELLED", "CANCELED"}
)
ORG_GIVEN_UP = frozenset({"DROPPED", "CANCELLED", "CANCELED", "WONTFIX", "KILLED", "ABANDONED", "OBSOLETE"})
# Its target: the agenda's deadline ("DEADLINE: <2026-06-30 Tue>"), else a property of its drawer
ORG_DEADLINE = re.compile(r"\bDEADLINE:[ \t]{0,3}<(?P<date>\d{4}-\d{2}-\d{2})")
ORG_TARGET_PROPERTY = re.compile(
    r"^:(?:TARGET|DUE|DUE_DATE|TARGET_DATE|DEADLINE):[ \t]{1,40}(?P<value>\S[^\n]{0,60})$", re.IGNORECASE
)


@dataclass
class OrgItem:
    """A work item of an Org outline while its lines are read: its heading and the target found so far."""

    heading: Block
    title: str
    deadline: Target | None = None
    property_target: Target | None = None

    def draft(self) -> Draft | None:
        target = self.deadline or self.property_target
        if target is None or len(self.title.split()) < 2:
            return None
        return Draft([self.heading], [self.title], compact_label(self.title), target, None, None, None)


def org_states(lines: list[Block]) -> frozenset[str]:
    """The state keywords the file declares ("#+TODO: TODO WAITING | DONE DROPPED"), else Org's usual ones."""
    declared = {
        word.split("(")[0]
        for line in lines
        if (match := ORG_STATES_LINE.match(line.text)) is not None
        for word in match.group("states").split()
        if word != "|"
    }
    return frozenset(declared) or ORG_STATES


def org_drafts(ctx: Context) -> list[Draft]:
    """The work items of a register kept as an Emacs Org file: each heading that opens on a state keyword
    ("** TODO ...", "*** DONE ...") is an item, its target the `DEADLINE: <...>` under it or a `:TARGET:`
    property of its drawer, up to the next heading; an item given up ("DROPPED") is none. One pass over
    the document's lines."""
    if "*" not in ctx.document.text:
        return []
    lines = [
        line
        for section in ctx.layout.sections
        for block in section_blocks(section)
        for line in source_lines(ctx, block)
    ]
    states = org_states(lines)
    drafts: list[Draft] = []
    current: OrgItem | None = None
    for line in lines:
        text = line.text
        if ORG_HEADING.match(text):
            drafts += [d for d in [current.draft() if current is not None else None] if d is not None]
            current = org_item(line, states)
            continue
        if current is None:
            continue
        if (deadline := ORG_DEADLINE.search(text)) is not None and current.deadline is None:
            current.deadline = parse_target(deadline.group("date"))
        elif (field := ORG_TARGET_PROPERTY.match(text)) is not None and current.property_target is None:
            value = field.group("value").strip()
            current.property_target = cell_target(value) or written_target(value)
    drafts += [d for d in [current.draft() if current is not None else None] if d is not None]
    return drafts


def org_item(line: Block, states: frozenset[str]) -> OrgItem | None:
    """The work item an Org heading opens: one whose state is a declared one and not given up."""
    heading = ORG_STATE_HEADING.match(line.text)
    if heading is None or heading.group("state") not in states or heading.group("state") in ORG_GIVEN_UP:
        return None
    return OrgItem(line, untagged(heading.group("title")))


def untagged(title: str) -> str:
    """An Org heading's title without the tags at its end ("Shared test plan    :terms:tests:")."""
    words = title.split()
    return " ".join(words[:-1] if len(words) > 1 and ORG_TAGS.match(words[-1]) else words)


def section_blocks(section: Section) -> list[Block]:
    return ([section.heading] if section.heading is not None else []) + section.blocks


# A row of a table on its side named for the item ("Work item", "Deliverable", "Title"): its cells after
# the first are the items, one a column
SIDE_ITEM_ROW = re.compile(
    r"^(?:work\s+items?|items?|deliverables?|milestones?|activit(?:y|ies)|tasks?|(?:work\s+item\s+)?title)$",
    re.I,
)


def side_tables(ctx: Context) -> tuple[list[Draft], set[int]]:
    """Tables written on their side, one work item a column and one field a row ("Work item | X | Y",
    "Lead | HMC | OBC", "Target | Q3 2026 | tbd"): the row named for the item gives each column's item,
    the row named for the target its target. Also the starts of those tables' rows, no items of their own."""
    drafts: list[Draft] = []
    claimed: set[int] = set()
    for section in ctx.layout.sections:
        run: list[Block] = []
        after_row = False
        for block in [*section.blocks, None]:
            if block is not None and (block.kind == "row" or (after_row and is_row_number(block))):
                run += [block] if block.kind == "row" else []
                after_row = block.kind == "row"
                continue
            after_row = False
            found = side_table(run)
            drafts += found
            claimed.update(r.start for r in run if found)
            run = []
    return drafts, claimed


def field_name(text: str) -> bool:
    """Whether a table's first cell names a field of a work item ("Lead", "Target date", "Work item")."""
    return bool(HEADER_CELL.fullmatch(text) or SIDE_ITEM_ROW.match(text) or TARGET_COLUMN.match(text))


def side_table(rows: list[Block]) -> list[Draft]:
    """The items of a run of rows that is a table on its side; none for any other table."""
    named = [r for r in rows if len(r.cells) >= 3 and field_name(r.cells[0].text.strip())]
    items = next((r for r in named if SIDE_ITEM_ROW.match(r.cells[0].text.strip())), None)
    # a schedule's word ("Target", "Due date"), not a bare "Date" (a signature table's "Title" / "Date")
    targets = next((r for r in named if SCHEDULE_COLUMN.match(r.cells[0].text.strip())), None)
    if items is None or targets is None or len(named) < 2:
        return []
    drafts = []
    for item, when in zip(items.cells[1:], targets.cells[1:], strict=False):
        text = " ".join(item.text.split())
        target = cell_target(when.text) or written_target(when.text)
        if len(text.split()) >= 2 and target is not None:
            block = Block("item", text, ((0, item.start, item.end),))
            drafts.append(Draft([block], [text], compact_label(text), target, None, None, None, is_row=True))
    return drafts


# --- Putting it together ------------------------------------------------------------------------------


# A work item's owning bodies and "to" before its verb ("OBC to confirm ...", "HMC and OBC to agree ..."): the
# owners are the milestone's responsible bodies; the work without them is one more text of the milestone (its
# label stays as written: session 18 kept "HMC to circulate ..." a register's own words)
OWNER_NAME = r"(?-i:[A-Z][\w&.'-]{0,40})(?:[ \t](?-i:[A-Z0-9][\w&.'-]{0,40})){0,5}"
BODY_OWNER_TO = re.compile(
    rf"^(?P<owners>{OWNER_NAME}(?:[ \t]{{0,3}}(?:,|/|&|\band\b)[ \t]{{0,3}}{OWNER_NAME}){{0,3}})"
    r"[ \t]+to[ \t]+(?P<verb>[a-z]+)\b(?P<rest>.*)$",
    re.DOTALL,
)


def without_body_owner(label: str, responsible: list[Entity]) -> str:
    """A label without the bodies owning it before "to" and its verb ("OBC to confirm the pilot stations" is
    "Confirm the pilot stations", the work as a reader names it without its owner): only when each owner is
    a name of a body responsible for the milestone and the word after "to" opens an action (ACTION_VERBS);
    any other label as it is."""
    found = BODY_OWNER_TO.match(label)
    if found is None or found.group("verb") not in ACTION_VERBS:
        return label
    names = {name for entity in responsible for name in (*entity.names, entity.label, entity.acronym) if name}
    owners = [o.strip() for o in re.split(r"\s*(?:,|/|&|\band\b)\s*", found.group("owners")) if o.strip()]
    if not owners or any(owner not in names for owner in owners):
        return label
    return found.group("verb").capitalize() + found.group("rest")


def extract_milestones(ctx: Context) -> tuple[list[Milestone], list[Collaboration]]:
    milestones: list[Milestone] = []
    collaborations: list[Collaboration] = []
    front = front_matter_end(ctx.document)  # a page's metadata: its lists are no work items
    replaced, new = amended_texts(ctx)  # an amendment's replaced text states no work item; its new text does
    drafts = [
        d
        for d in milestone_drafts(ctx)
        if not d.blocks or (d.blocks[0].start >= front and not in_ranges(d.blocks[0].start, replaced))
    ]
    drafts = sorted(
        drafts + new_text_drafts(new, {b.start for d in drafts for b in d.blocks}), key=draft_start
    )
    for ordinal, draft in enumerate(drafts, start=1):
        responsible, involves, concerns = milestone_people(ctx, draft)
        deliverables = deliverables_of(ctx, draft, responsible, concerns)
        spans: Spans = tuple(s for b in draft.blocks for s in b.spans)
        bare = without_body_owner(draft.label, responsible)
        milestones.append(
            Milestone(
                ordinal=ordinal,
                label=draft.label,
                texts=tuple(dict.fromkeys([*draft.texts, *([bare] if bare != draft.label else [])])),
                target=draft.target,
                spans=spans,
                section=draft.section,
                theme=draft.theme,
                priority=draft.priority,
                responsible=unique(responsible),
                involves=unique(involves),
                concerns=unique(concerns),
                deliverables=tuple(deliverables),
            )
        )
        collaborations += collaborations_of(ctx, draft, ordinal, len(collaborations) + 1)
    return milestones, collaborations
