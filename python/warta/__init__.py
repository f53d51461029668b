"""Officials, regions (with Kemendagri codes) and organisations in Indonesian news text.

>>> import warta
>>> analyzer = warta.Analyzer()
>>> text = "Wakil Bupati Morowali, Iriane Iliyas, hadir."
>>> official = [e for e in analyzer.entities(text) if e["kind"] == "official"][0]
>>> official["title"], official["jurisdiction"]["code"], text[official["start"]:official["end"]]
('Wakil Bupati', '72.06', 'Iriane Iliyas')

Entities are dicts with the fields of the JSON contract of the warta crate
(README, "Output"); ``start``/``end`` are Python string indices unless
``offsets="bytes"`` is asked for. ``entities_frame`` gives a pandas
DataFrame with one row per entity (pandas is optional and imported only
there).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Iterable, Optional

from ._warta import Analyzer, AnalyzerBuilder, sentences, tokenize

if TYPE_CHECKING:  # pragma: no cover
    import pandas as _pandas  # type: ignore  # optional; pandas-stubs may be missing
    from typing import Literal

__all__ = [
    "Analyzer",
    "AnalyzerBuilder",
    "tokenize",
    "sentences",
    "entities_frame",
    "FRAME_COLUMNS",
]
__version__ = "0.1.0"

#: The columns of :func:`entities_frame`, in order.
FRAME_COLUMNS = (
    "id",
    "kind",
    "start",
    "end",
    "text",
    "name",
    "code",
    "level",
    "title",
    "status",
    "category",
    "acronym",
    "person",
    "jurisdiction_name",
    "jurisdiction_code",
    "jurisdiction_level",
    "jurisdiction_inferred",
)


def _row(doc_id: Any, e: dict) -> tuple:
    j = e.get("jurisdiction") or {}
    return (
        doc_id,
        e["kind"],
        e["start"],
        e["end"],
        e["text"],
        e.get("name"),
        e.get("code"),
        e.get("level"),
        e.get("title"),
        e.get("status"),
        e.get("category"),
        e.get("acronym"),
        e.get("person"),
        j.get("name"),
        j.get("code"),
        j.get("level"),
        j.get("inferred"),
    )


def entities_frame(
    texts: Iterable[str],
    ids: Optional[Iterable[Any]] = None,
    *,
    analyzer: Optional[Analyzer] = None,
    threads: Optional[int] = None,
    offsets: "Literal['chars', 'bytes']" = "chars",
) -> "_pandas.DataFrame":
    """One row per entity of ``texts``, as a pandas DataFrame.

    ``ids`` names the texts (one id per text; default ``0, 1, 2, ...``) and
    fills the ``id`` column. The columns are :data:`FRAME_COLUMNS`: the
    entity's ``kind``, ``start``, ``end`` (Python string indices unless
    ``offsets="bytes"``) and ``text``; a region's ``name``, ``code`` and
    ``level``; an official's ``title``, ``status``, ``category`` and
    ``person``; an organisation's ``name``, ``category`` and ``acronym``;
    and the ``jurisdiction_*`` of an official or organisation. Fields a kind
    does not have are ``None``. Texts are analysed with
    :meth:`Analyzer.entities_batch` on ``threads`` threads, by ``analyzer``
    (default: ``Analyzer()``, the embedded data).

    Needs pandas (``pip install warta[pandas]``); it is imported only here.
    """
    try:
        import pandas as pd
    except ImportError as e:  # pragma: no cover - depends on the environment
        raise ImportError(
            "warta.entities_frame needs pandas: pip install pandas"
        ) from e
    texts = list(texts)
    ids = list(range(len(texts))) if ids is None else list(ids)
    if len(ids) != len(texts):
        raise ValueError(f"{len(ids)} ids for {len(texts)} texts: give one id per text")
    analyzer = analyzer if analyzer is not None else Analyzer()
    per_text = analyzer.entities_batch(texts, threads=threads, offsets=offsets)
    rows = [_row(doc_id, e) for doc_id, entities in zip(ids, per_text) for e in entities]
    frame = pd.DataFrame.from_records(rows, columns=list(FRAME_COLUMNS))
    frame["start"] = frame["start"].astype("int64")
    frame["end"] = frame["end"].astype("int64")
    frame["person"] = frame["person"].astype("Int64")
    return frame
