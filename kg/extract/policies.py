"""Access, licensing and intellectual-property policies.

A paragraph of the "Access" sections is an access policy of the organizations it opens
with; a sentence in it that names licences ("dual licensed GPLv2 and BSD") is a licensing
policy of its own. A paragraph of the "Feedback and contributions ... intellectual
property" section says who may contribute to whom, through which channel, under which
agreement.
"""

from __future__ import annotations

import re

from kg.extract.context import Context, block_spans, mentions_between, unique
from kg.extract.milestones import leading_organizations, shift
from kg.extract.structure import Block
from kg.model.records import Entity, Mention, Policy, Spans

CHANNEL = re.compile(
    r"\b(?:via|through|using)\s+(?:the\s+)?"
    r"(?P<channel>[A-Z][\w -]*?(?:Portal|Form|System|Process|Website|Site|List|Tracker))"
    r"\s*(?:\((?P<address>[^)\s]+)\))?",
)
PARTICIPATING_IN = re.compile(
    r"\bby\s+(?:participating|taking\s+part)\s+in\s+(?:an?|the)\s+(?P<channel>[^.,;]+)", re.I
)
AGREEMENT = re.compile(
    r"\b(?:terms\s+of\s+the|subject\s+to\s+the)\s+(?P<agreement>(?:[A-Z][\w-]*\s+)+Agreement)\b"
)
CONTRIBUTES_TO = re.compile(r"\b(?:submit|contribute|send|provide)\b[^.]*?\bto\s+", re.IGNORECASE)
QUOTED = re.compile(r"[“\"](?P<quoted>[^”\"]+?)[”\"]")
RELEASE_STATUS = re.compile(r"\b(released|published|issued)\s+as\b|\bstatus", re.IGNORECASE)
IP_SIGNS = re.compile(r"\bsubmit\s+feedback\b|\bcontributions?\b.*\b(portal|agreement|working group)\b", re.I)


def policy_blocks(ctx: Context) -> list[tuple[str, Block]]:
    found = []
    for section in ctx.layout.of_kind("access", "ip", "licensing"):
        for block in section.blocks:
            if block.kind in ("paragraph", "item") and not block.text.endswith(":"):
                kind = "ip" if section.kind == "ip" or IP_SIGNS.search(block.text) else "access"
                found.append((kind, block))
    return found


def extract_policies(ctx: Context) -> list[Policy]:
    policies: list[Policy] = []
    for kind, block in policy_blocks(ctx):
        mentions = ctx.mentions(block)
        licence_sentences, other = split_licence_sentences(ctx, block, mentions)
        owners = leading_organizations(block.text, mentions) or first_organization(mentions)
        if other:
            start, end = other[0][0], other[-1][1]
            text = block.text[start:end]
            inside = shift(mentions_between(mentions, start, end), -start)
            spans = block_spans(block, start, end)
            make = ip_policy if kind == "ip" else access_policy
            policy = make(len(policies) + 1, text, inside, owners, spans)
            # an IP policy says whose contributions go to whom: a clause naming no receiver ("Contributions of
            # HMC members remain subject to the HMC IPR Policy") states half of one, which no graph may hold
            if policy.kind != "ip" or (policy.contributors and policy.recipients):
                policies.append(policy)
        if licence_sentences:
            start, end = licence_sentences[0][0], licence_sentences[-1][1]
            licences = unique([m.entity for m in mentions_between(mentions, start, end, "license")])
            policies.append(
                Policy(
                    "licensing",
                    len(policies) + 1,
                    "",
                    block.text[start:end],
                    block_spans(block, start, end),
                    applies_to=tuple(owners[:1]),
                    licenses=licences,
                )
            )
    return name_policies(policies)


def split_licence_sentences(
    ctx: Context, block: Block, mentions: list[Mention]
) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    licence: list[tuple[int, int]] = []
    other: list[tuple[int, int]] = []
    for start, end in ctx.sentences(block):
        (licence if mentions_between(mentions, start, end, "license") else other).append((start, end))
    return licence, other


def first_organization(mentions: list[Mention]) -> list[Entity]:
    return [m.entity for m in mentions if m.entity.kind == "organization"][:1]


def access_policy(
    ordinal: int, text: str, mentions: list[Mention], owners: list[Entity], spans: Spans
) -> Policy:
    statuses: tuple[str, ...] = ()
    if RELEASE_STATUS.search(text):
        statuses = tuple(m.group("quoted").strip(" ,") for m in QUOTED.finditer(text))
    return Policy("access", ordinal, "", text, spans, applies_to=tuple(owners), document_statuses=statuses)


def ip_policy(ordinal: int, text: str, mentions: list[Mention], owners: list[Entity], spans: Spans) -> Policy:
    """Contributors are the organizations the sentence opens with; the recipient is the one they
    contribute "to"; the channel and governing agreement are named after "via" and "subject to"."""
    recipients: list[Entity] = []
    to = CONTRIBUTES_TO.search(text)
    if to:
        after = [m for m in mentions if m.start >= to.end() and m.entity.kind == "organization"]
        recipients = [after[0].entity] if after else []
    channel = CHANNEL.search(text) or PARTICIPATING_IN.search(text)
    agreement = AGREEMENT.search(text)
    address = channel.groupdict().get("address") if channel else None
    return Policy(
        "ip",
        ordinal,
        "",
        text,
        spans,
        applies_to=tuple(recipients),
        contributors=tuple(owners),
        recipients=tuple(recipients),
        channel=channel.group("channel").strip() if channel else None,
        channel_address=address,
        governing_agreement=agreement.group("agreement").strip() if agreement else None,
    )


def local_name(entity: Entity) -> str:
    return str(entity.iri).rstrip("/").rsplit("/", 1)[-1]


def policy_name(policy: Policy) -> str:
    """policy-access-dmtf, policy-access-exchange (several parties), policy-licensing-ofa,
    policy-ip-ofa-to-dmtf, policy-ip-dmtf-snia-to-ofa."""
    if policy.kind == "ip":
        contributors = "-".join(local_name(e) for e in policy.contributors) or "any"
        recipients = "-".join(local_name(e) for e in policy.recipients) or "any"
        return f"policy-ip-{contributors}-to-{recipients}"
    owners = policy.applies_to
    owner = local_name(owners[0]) if len(owners) == 1 else "exchange" if owners else "general"
    return f"policy-{policy.kind}-{owner}"


def name_policies(policies: list[Policy]) -> list[Policy]:
    """Give each policy its IRI local name, numbered when two would share one."""
    from dataclasses import replace

    named, used = [], set()
    for policy in policies:
        base = name = policy_name(policy)
        number = 2
        while name in used:
            name, number = f"{base}-{number}", number + 1
        used.add(name)
        named.append(replace(policy, name=name))
    return named
