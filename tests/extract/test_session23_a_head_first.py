"""Layout invariance of ACCEPTANCE for bodies named head first and agreements in other languages (issue 12,
point 9, session 23, tuner A): a news item or page in Spanish, Italian or French about two bodies the
reference data does not know, named as those languages name bodies, head first ("Instituto Austral de
Normas Tecnicas", "Fondazione Lagunare Bruno Sartori", "Institut Boreal de Metrologie"), and about their
agreement in their words ("acuerdo", "protocollo d'intesa", "protocole d'accord", "partenariat").

Before, such a document was refused: it named one organization (a head-first name without an acronym was
never found) or spoke of no collaboration (none of its words was one). An English head needs a particle
after it ("Institute of ..."), so a heading such as "Alliance Members Directory" names no body, and two
names joined by a conjunction before the second's head are two bodies. Every body is invented; each
document is written in three layouts, with the expected outcome written before the rule ran on it.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from support.work_items import extracted, folded

from kg.extract.entities import head_first_names

NEWS = {
    "es": (
        "Acuerdo de colaboración en normas de hidrógeno",
        "La Asociación Fluvial de Sensores y el Instituto Austral de Normas Técnicas firmaron un acuerdo de "
        "colaboración el 3 de marzo de 2026 para trabajar en normas de hidrógeno.",
        {"asociación fluvial de sensores", "instituto austral de normas técnicas"},
    ),
    "it": (
        "Firmato il protocollo d'intesa",
        "La Fondazione Lagunare Bruno Sartori e l'Istituto Costiero di Misure hanno firmato un protocollo "
        "d'intesa per lavorare sulle norme dei mareografi.",
        {"fondazione lagunare bruno sartori", "istituto costiero di misure"},
    ),
    "fr": (
        "Un nouveau protocole d'accord",
        "L'Association Côtière des Capteurs et l'Institut Boréal de Métrologie ont signé un protocole "
        "d'accord pour un partenariat sur les normes des marégraphes.",
        {"association côtière des capteurs", "institut boréal de métrologie"},
    ),
}


def as_text(title: str, lead: str) -> str:
    return f"{title}\n\n{lead}\n"


def as_markdown(title: str, lead: str) -> str:
    return f"# {title}\n\n_Actualités, 12/03/2026_\n\n{lead}\n"


def as_html(title: str, lead: str) -> str:
    return f"<html><body><nav><a>Accueil</a></nav><h1>{title}</h1><p>{lead}</p></body></html>"


@pytest.mark.parametrize("language", sorted(NEWS))
@pytest.mark.parametrize(
    "make, name", [(as_text, "n.txt"), (as_markdown, "n.md"), (as_html, "n.html")], ids=["text", "md", "html"]
)
def test_two_bodies_named_head_first_and_their_agreement_are_an_alliance(
    tmp_path: Path, make, name: str, language: str
) -> None:  # type: ignore[no-untyped-def]
    title, lead, expected = NEWS[language]
    record = extracted(tmp_path, make(title, lead), name)
    assert {folded(entity.label) for entity, _ in record.parties} >= expected


@pytest.mark.parametrize(
    "text, names",
    [
        ("the Alliance Members Directory lists", []),
        (
            "the Institute of Coastal and Ocean Engineers and the Alliance for Tide Data Solutions agree",
            ["Institute of Coastal and Ocean Engineers", "Alliance for Tide Data Solutions"],
        ),
        ("l'Istituto Costiero di Misure e la Fondazione Lagunare", ["Istituto Costiero di Misure"]),
        ("the Association Board met", []),
    ],
)
def test_a_head_first_name_needs_its_particle_in_english_and_ends_before_the_next_bodys_head(
    text: str, names: list[str]
) -> None:
    assert [name for name, _ in head_first_names(text)] == names
