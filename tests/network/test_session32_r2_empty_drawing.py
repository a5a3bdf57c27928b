"""Attack round 20 (session 32, R2): `kg network draw` of an empty view (a store without collaborations)
printed matplotlib's "UserWarning: constrained_layout not applied because axes sizes collapsed to zero"
with a source line on stderr before "wrote n.png (0 nodes, 0 edges)": the empty view's message was
placed at data coordinates of axes holding no data. It is placed in the axes' own coordinates now."""

from __future__ import annotations

import io
import warnings

import networkx as nx
import pytest

from kg.network.draw import draw_network


@pytest.mark.parametrize("fmt", ["png", "svg"])
def test_an_empty_view_is_drawn_without_a_warning(fmt: str) -> None:
    out = io.BytesIO()
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # before: UserWarning (constrained_layout not applied)
        figure = draw_network(nx.Graph(), out, fmt=fmt)
    assert out.getvalue()
    assert [text.get_text() for text in figure.axes[0].texts] == ["no collaboration in this view"]
