"""Officials, regions (with Kemendagri codes) and organisations in Indonesian news text."""

from ._warta import Analyzer, sentences, tokenize

__all__ = ["Analyzer", "tokenize", "sentences"]
