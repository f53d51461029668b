"""Type stubs for the compiled part of warta (``warta._warta``)."""

from typing import Any, Literal, Optional, Sequence, final

__all__ = ["Analyzer", "AnalyzerBuilder", "tokenize", "sentences"]

_Offsets = Literal["chars", "bytes"]
_Kind = Literal["official", "region", "organization"]

@final
class Analyzer:
    """Finds officials, regions (with Kemendagri codes) and organisations.

    ``Analyzer()`` shares the embedded data, built once per process. Keyword
    arguments take lists of data-file paths added to it; bad data raises
    ``ValueError`` naming the file, the line and the problem.
    """

    def __new__(
        cls,
        *,
        regions: Optional[Sequence[str]] = None,
        region_aliases: Optional[Sequence[str]] = None,
        titles: Optional[Sequence[str]] = None,
        organizations: Optional[Sequence[str]] = None,
        not_names: Optional[Sequence[str]] = None,
        regions_only: bool = False,
        kinds: Optional[Sequence[_Kind]] = None,
    ) -> Analyzer: ...
    @staticmethod
    def builder(*, regions_only: bool = False) -> AnalyzerBuilder:
        """A builder for an analyzer with custom data."""
    def entities(self, text: str, offsets: _Offsets = "chars") -> list[dict[str, Any]]:
        """The entities of one text, in text order, as JSON-contract dicts."""
    def entities_batch(
        self,
        texts: Sequence[str],
        threads: Optional[int] = None,
        offsets: _Offsets = "chars",
    ) -> list[list[dict[str, Any]]]:
        """The entities of many texts, analysed without the GIL on several threads."""

@final
class AnalyzerBuilder:
    """Builds an :class:`Analyzer` with custom data, step by step."""

    def regions(self, path: str) -> AnalyzerBuilder:
        """Adds regions from a TSV file (as ``data/regions.tsv``)."""
    def region_aliases(self, path: str) -> AnalyzerBuilder:
        """Adds region aliases from a TSV file (as ``data/aliases.tsv``)."""
    def titles(self, path: str) -> AnalyzerBuilder:
        """Adds office titles from a TSV file (as ``data/titles.tsv``)."""
    def organizations(self, path: str) -> AnalyzerBuilder:
        """Adds organisations from a TSV file (as ``data/organizations.tsv``)."""
    def not_names(self, path: str) -> AnalyzerBuilder:
        """Adds words that end a person's name, one a line."""
    def kinds(self, kinds: Sequence[_Kind]) -> AnalyzerBuilder:
        """Reports only entities of these kinds."""
    def build(self) -> Analyzer:
        """Builds the analyzer."""

def tokenize(text: str, offsets: _Offsets = "chars") -> list[tuple[str, int, int, str]]:
    """The tokens of a text: ``(text, start, end, kind)`` tuples."""

def sentences(text: str, offsets: _Offsets = "chars") -> list[tuple[int, int]]:
    """The sentences of a text: ``(start, end)`` pairs."""
