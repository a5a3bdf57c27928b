"""Review (cycle, next review, process) and approval (body, status, resolution, date).

An approval is given when the register says "Approved by ... Board Resolution X; on DATE";
it is pending when it says the document "will be reviewed and approved by" a body, or when
placeholders such as "<resolution ID>" stand where the resolution and date should be.
"""

from __future__ import annotations

import re

from kg.extract.context import Context
from kg.extract.dates import ARROWED_LINE, DATE_IN_TEXT, find_target, parse_date, review_cycle, review_window
from kg.extract.structure import Block
from kg.model.records import Approval, Entity, Review

APPROVAL_OPENING = re.compile(r"^(?:Approved|Approval)\b", re.IGNORECASE)
GIVEN = re.compile(r"^Approved\b|\b(?:was|has\s+been|were|have\s+been)\s+approved\b", re.IGNORECASE)
PLACEHOLDER = re.compile(r"<[^<>]{1,40}>|\[[^\]]{1,40}\]|\bTBD\b|_{3,}")
RESOLUTION = re.compile(r"\bResolution\s+(?:(?:ID|No\.?|Number|#)\s*:?\s*)?(?P<id>[A-Za-z0-9][\w./-]*)", re.I)
BODY_TYPES = ("Board", "Committee")


# --- Review --------------------------------------------------------------------------------------

# A review still to come, as minutes state one ("The register will be reviewed in June", "agreed to review
# it in September", "Next review: 2027"): under a meeting's "Review of the work register" the other lines
# report on the items reviewed, and their dates are the items' targets and days done
REVIEW_TO_COME = re.compile(
    r"\b(?:will|shall|to|should)\s+(?:be\s+)?review(?:ed)?\b|\bnext\s+review\b|\breview\s+(?:is\s+)?due\b",
    re.IGNORECASE,
)


def extract_review(ctx: Context) -> Review | None:
    """The review cycle ("approximately once per year") or next review ("June 2022"), the sentence
    that states it, and the document that sets out the review process ("DS4003")."""
    blocks = [b for b in ctx.layout.blocks("review") if b.kind in ("paragraph", "item")]
    # ("===> 30 June 2028 new material complete" under a line read as a review's heading: a step's date)
    blocks = [b for b in blocks if ARROWED_LINE.match(b.text) is None]
    if ctx.kind == "MeetingRecord":
        blocks = [b for b in blocks if REVIEW_TO_COME.search(b.text)]
    review: Review | None = None
    for block in blocks:
        text = review_window(block.text)[1]
        cycle, target = review_cycle(text), find_target(text)
        if review is None and (cycle or target):
            review = Review(block.text, block.spans, cycle=cycle, next_review=target)
    process = next(
        (m.entity for b in blocks for m in ctx.mentions(b) if m.entity.kind == "specification"), None
    )
    if review is None and process is None:
        return None
    if review is None:
        return Review("", (), process=process)
    return Review(review.text, review.spans, review.cycle, review.next_review, process)


# --- Approval ------------------------------------------------------------------------------------


def is_body(entity: Entity) -> bool:
    suffixes = tuple("#" + name for name in BODY_TYPES)
    return entity.kind == "unit" and any(str(t).endswith(suffixes) for t in entity.types)


def bodies_in(ctx: Context, block: Block) -> list[Entity]:
    return [m.entity for m in ctx.mentions(block) if is_body(m.entity)]


def approval_groups(ctx: Context) -> list[tuple[Block | None, list[Block]]]:
    """Approval sections (heading and blocks), and "Approved by ..." paragraphs found elsewhere."""
    groups = [
        (s.heading, [b for b in s.blocks if b.kind in ("paragraph", "item")])
        for s in ctx.layout.of_kind("approval")
    ]
    for section in ctx.layout.sections:
        if section.kind != "approval":
            groups += [
                (None, [b])
                for b in section.blocks
                if b.kind == "paragraph" and APPROVAL_OPENING.match(b.text)
            ]
    return groups


def extract_approvals(ctx: Context) -> list[Approval]:
    approvals: list[Approval] = []
    for heading, blocks in approval_groups(ctx):
        intro = [b for b in blocks if b.text.rstrip().endswith(":") and not bodies_in(ctx, b)]
        statements = [b for b in blocks if b not in intro]
        heading_bodies = bodies_in(ctx, heading) if heading is not None else []
        for block in statements:
            mentions = [m for m in ctx.mentions(block) if is_body(m.entity)]
            for index, mention in enumerate(mentions):
                texts = (*(b.text for b in intro), block.text)
                spans = tuple(s for b in (*intro, block) for s in b.spans)
                following = mentions[index + 1].start if index + 1 < len(mentions) else len(block.text)
                found = approval(mention.entity, block.text, texts, spans, (mention.end, following))
                approvals.append(found)
            for body in [] if mentions else heading_bodies:
                texts = (*(b.text for b in intro), block.text)
                spans = tuple(s for b in (*intro, block) for s in b.spans)
                approvals.append(approval(body, block.text, texts, spans))
    return unique_bodies(approvals)


def approval(
    body: Entity, text: str, texts: tuple[str, ...], spans, reach: tuple[int, int] | None = None
) -> Approval:
    """A body's approval as a statement gives it. Its date: the first after the body's name and before the
    next body's ("Approved by the X Board on 2 June 2026 and by the Y Board on 9 June 2026. This addendum
    takes effect on 15 June 2026": X's is 2 June, Y's 9 June), else the statement's last."""
    placeholder = PLACEHOLDER.search(text) is not None
    resolution = RESOLUTION.search(text)
    resolution_id = resolution.group("id").rstrip(";,.") if resolution and not placeholder else None
    written = [(m.start(), parse_date(m.group())) for m in DATE_IN_TEXT.finditer(text)]
    dated = [
        (at, d)
        for at, d in written
        if d is not None and (resolution_id is None or d.isoformat() != resolution_id)
    ]
    after = [d for at, d in dated if reach is not None and reach[0] <= at < reach[1]]
    dates = after[:1] or [d for _, d in dated]
    given = GIVEN.search(text) is not None and not placeholder
    return Approval(
        body,
        "approved" if given else "pending",
        texts,
        spans,
        resolution_id=resolution_id,
        date=dates[-1] if dates and given else None,
    )


def unique_bodies(approvals: list[Approval]) -> list[Approval]:
    seen: dict[str, Approval] = {}
    for item in approvals:
        seen.setdefault(str(item.body.iri), item)
    return list(seen.values())
