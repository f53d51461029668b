"""Tests of the Python package: offsets, batches, threads, custom data, size, pandas."""

import json
import os
import shutil
import subprocess
import threading
import time
import unicodedata

import pytest

import warta

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Non-ASCII before, inside and around entities: emoji (4 UTF-8 bytes, one
# Python index), curly quotes (3 bytes), an NFD combining acute accent (a
# separate code point) and an en dash.
UNICODE_TEXT = (
    "😀🎉 PALU – “Bupati Morut Dr. dr. Delis Julkarson Hehi, MARS” melantik "
    "12 kepala desa. Cafe\u0301 ‘Wakil Bupati Morowali, Iriane Iliyas’ 👍🏽 hadir "
    "bersama Kapolres Morut AKBP Reza Khomeini, S.I.K., dan Dinas "
    "Perindustrian dan Perdagangan (Disperindag) Provinsi Sulawesi Tengah. "
    "Re\u0301ne\u0301 dari Desa Bente, Kecamatan Bungku Tengah 🇮🇩."
)


def spans(entity):
    """Every (start, end, text) an entity holds: itself and its title."""
    out = [(entity["start"], entity["end"], entity["text"])]
    if entity.get("title_span"):
        out.append((entity["title_span"]["start"], entity["title_span"]["end"], entity["title_text"]))
    return out


@pytest.fixture(scope="module")
def analyzer():
    return warta.Analyzer()


def test_char_offsets_slice_python_strings(analyzer):
    entities = analyzer.entities(UNICODE_TEXT)
    kinds = {e["kind"] for e in entities}
    assert kinds == {"official", "region", "organization"}, entities
    for e in entities:
        for start, end, text in spans(e):
            assert UNICODE_TEXT[start:end] == text, (start, end, text)
    officials = [e["text"] for e in entities if e["kind"] == "official"]
    assert officials == ["Delis Julkarson Hehi", "Iriane Iliyas", "Reza Khomeini"]


def test_byte_offsets_slice_utf8(analyzer):
    data = UNICODE_TEXT.encode("utf-8")
    chars = analyzer.entities(UNICODE_TEXT)
    by_bytes = analyzer.entities(UNICODE_TEXT, offsets="bytes")
    assert len(chars) == len(by_bytes)
    for c, b in zip(chars, by_bytes):
        for (cs, ce, text), (bs, be, btext) in zip(spans(c), spans(b)):
            assert text == btext
            assert data[bs:be].decode("utf-8") == text
            # The emoji at the start make byte and char offsets differ.
            assert bs > cs
            assert len(UNICODE_TEXT[:cs].encode("utf-8")) == bs
            assert len(UNICODE_TEXT[:ce].encode("utf-8")) == be


def test_ascii_offsets_are_the_same(analyzer):
    text = "Wakil Bupati Morowali, Iriane Iliyas, hadir."
    assert analyzer.entities(text) == analyzer.entities(text, offsets="bytes")
    official = analyzer.entities(text)[1]
    assert official["title_span"] == {"start": 0, "end": 21}


def test_bad_offsets_value(analyzer):
    with pytest.raises(ValueError, match="offsets"):
        analyzer.entities("Palu", offsets="codepoints")


def test_dict_fields_follow_the_json_contract(analyzer):
    text = "Kata Bupati Poso Verna Inkiriwang di Kantor Pemkab Morowali."
    entities = analyzer.entities(text)
    official = next(e for e in entities if e["kind"] == "official")
    assert list(official)[:4] == ["kind", "start", "end", "text"]
    assert set(official) >= {
        "title", "title_text", "title_span", "status", "jurisdiction", "honorifics",
        "rank", "degrees", "person", "coref", "category", "other_titles",
    }
    assert official["jurisdiction"]["code"] == "72.02"
    region = next(e for e in entities if e["kind"] == "region")
    assert set(region) >= {"name", "code", "level", "province", "sulawesi"}
    assert region["sulawesi"] is True
    org = next(e for e in entities if e["kind"] == "organization")
    assert set(org) >= {"name", "acronym", "category", "jurisdiction"}


def find_extract():
    """The Rust `extract` example: $WARTA_EXTRACT (which must exist) or a built one."""
    if os.environ.get("WARTA_EXTRACT"):
        return os.environ["WARTA_EXTRACT"]
    for profile in ("release", "debug"):
        path = os.path.join(REPO, "target", profile, "examples", "extract")
        if os.path.exists(path):
            return path
    return None


@pytest.mark.skipif(find_extract() is None, reason="target/*/examples/extract not built")
def test_same_as_the_extract_example(analyzer, samples):
    """The dicts are the JSON the Rust `extract` example prints, offsets included."""
    for text in samples + [UNICODE_TEXT]:
        out = subprocess.run(
            [find_extract(), "--offsets", "chars"], input=text.encode(), capture_output=True, check=True
        )
        assert json.loads(out.stdout)["entities"] == analyzer.entities(text)


def test_tokenize_and_sentences_offsets():
    tokens = warta.tokenize(UNICODE_TEXT)
    assert tokens[0][3] != "word"
    assert any(t[0] == "Cafe\u0301" for t in tokens)
    for text, start, end, kind in tokens:
        assert UNICODE_TEXT[start:end] == text
        assert isinstance(kind, str) and kind
    words = [t[0] for t in tokens if t[3] == "word"]
    assert words[:3] == ["PALU", "Bupati", "Morut"]
    data = UNICODE_TEXT.encode()
    for (text, *_), (_, bs, be, _) in zip(tokens, warta.tokenize(UNICODE_TEXT, offsets="bytes")):
        assert data[bs:be].decode() == text
    sents = warta.sentences(UNICODE_TEXT)
    assert len(sents) >= 3
    assert sents[0][0] == 0 and sents[-1][1] <= len(UNICODE_TEXT)
    assert UNICODE_TEXT[sents[-1][0]:sents[-1][1]].rstrip().endswith("🇮🇩.")
    for (s, e), (bs, be) in zip(sents, warta.sentences(UNICODE_TEXT, offsets="bytes")):
        assert data[bs:be].decode() == UNICODE_TEXT[s:e]


def test_combining_marks_stay_in_their_word():
    text = unicodedata.normalize("NFD", "Bupati Poso Verna Inkiriwang menemui Andre\u0301 di Poso.")
    assert text != unicodedata.normalize("NFC", text)
    for tok, start, end, _ in warta.tokenize(text):
        assert text[start:end] == tok
        assert not unicodedata.combining(text[start]) if start < len(text) else True


def test_batch_equals_single_calls(analyzer, samples):
    texts = samples + [UNICODE_TEXT, "", "tidak ada apa-apa", samples[0] * 3]
    single = [analyzer.entities(t) for t in texts]
    assert analyzer.entities_batch(texts) == single
    assert analyzer.entities_batch(texts, offsets="bytes") == [
        analyzer.entities(t, offsets="bytes") for t in texts
    ]
    assert sum(map(len, single)) > 50
    assert analyzer.entities_batch([]) == []


def test_threads_give_the_same_results(analyzer, samples):
    texts = [samples[i % 3] + ("\n\n" + UNICODE_TEXT) * (i % 4) for i in range(40)]
    one = analyzer.entities_batch(texts, threads=1)
    for threads in (2, 3, 8, 100):
        assert analyzer.entities_batch(texts, threads=threads) == one
    with pytest.raises(ValueError, match="threads"):
        analyzer.entities_batch(texts, threads=0)


def test_batch_rejects_a_bare_string(analyzer):
    with pytest.raises(TypeError):
        analyzer.entities_batch("Palu")


def test_python_threads_run_in_parallel_without_the_gil(analyzer, samples):
    """Python threads calling entities() at once give the same results."""
    text = "\n\n".join(samples) * 50
    expected = analyzer.entities(text)
    results = [None] * 4

    def work(i):
        results[i] = analyzer.entities(text)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(r == expected for r in results)


def test_analyzers_share_the_embedded_data():
    start = time.perf_counter()
    for _ in range(100):
        warta.Analyzer()
    # Building the data takes ~30 ms; 100 new analyzers must not rebuild it.
    assert time.perf_counter() - start < 1.0
    assert "12157 regions" in repr(warta.Analyzer())


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_custom_data_by_keyword_and_builder(tmp_path):
    aliases = write(tmp_path, "aliases.tsv", "Kota Daeng\t73.71\tshort_name\tfree\n")
    titles = write(tmp_path, "titles.tsv", "Juru Pantau Banjir\tvillage\tvillage\tJuru Pantau Banjir; Jupanjir\n")
    text = "Jupanjir Budi Santoso dari Kota Daeng hadir."
    assert warta.Analyzer().entities(text) == []
    by_kw = warta.Analyzer(region_aliases=[aliases], titles=[titles])
    by_builder = warta.Analyzer.builder().region_aliases(aliases).titles(titles).build()
    for a in (by_kw, by_builder):
        entities = a.entities(text)
        official = next(e for e in entities if e["kind"] == "official")
        assert (official["text"], official["title"]) == ("Budi Santoso", "Juru Pantau Banjir")
        region = next(e for e in entities if e["kind"] == "region")
        assert (region["text"], region["code"]) == ("Kota Daeng", "73.71")
    assert by_kw.entities_batch([text]) == [by_builder.entities(text)]


def test_kinds_and_regions_only(tmp_path):
    text = "Bupati Poso Verna Inkiriwang di Kantor Pemkab Morowali."
    only_regions = warta.Analyzer(kinds=["region"])
    assert {e["kind"] for e in only_regions.entities(text)} == {"region"}
    assert {e["kind"] for e in warta.Analyzer.builder().kinds(["region"]).build().entities(text)} == {"region"}
    with pytest.raises(ValueError, match="unknown entity kind"):
        warta.Analyzer(kinds=["person"])
    regions = write(tmp_path, "regions.tsv", "72\tprovince\tSulawesi Tengah\n")
    small = warta.Analyzer(regions=[regions], regions_only=True)
    assert "1 regions" in repr(small)
    assert [e["text"] for e in small.entities("Warga Sulawesi Tengah dan Kota Palu") if e["kind"] == "region"] == [
        "Sulawesi Tengah"
    ]


@pytest.mark.parametrize(
    "kind, content, problem",
    [
        ("region_aliases", "Kota Daeng\t73.71\tshort_name\tfree\nMorut\t99.99\tshort_name\tfree\n",
         r":2: alias \"Morut\" names unknown region \"99.99\""),
        ("regions", "72\tprovince\tSulawesi Tengah\n72.01\tplanet\tBanggai\t72\t\n", r":2: unknown level \"planet\""),
        ("titles", "Kepala Lingkungan\tvillage\n", r":1: expected 4 tab-separated fields"),
        ("organizations", "Koperasi\tKTM\tcommunity\tnone\teverywhere\n", r":1: unknown scope \"everywhere\""),
        ("not_names", "Gebyar\nfoo bar\n", r":2: expected one word, found \"foo bar\""),
    ],
)
def test_bad_custom_data_raises_value_error(tmp_path, kind, content, problem):
    path = write(tmp_path, f"bad-{kind}.tsv", content)
    with pytest.raises(ValueError, match=problem) as by_kw:
        warta.Analyzer(**{kind: [path]})
    assert str(by_kw.value).startswith(path + ":")
    with pytest.raises(ValueError, match=problem) as by_builder:
        # some problems show when the line is read, others (an alias of an
        # unknown region) when the data is put together by build()
        getattr(warta.Analyzer.builder(), kind)(path).build()
    assert str(by_builder.value) == str(by_kw.value)
    # the problem is said in words after the line number
    assert len(str(by_kw.value).split(":", 2)[-1].strip()) > 5


def test_missing_and_non_utf8_files(tmp_path):
    missing = str(tmp_path / "nope.tsv")
    with pytest.raises(FileNotFoundError, match="nope.tsv"):
        warta.Analyzer(titles=[missing])
    with pytest.raises(OSError):
        warta.Analyzer.builder().titles(missing)
    latin1 = tmp_path / "latin1.tsv"
    latin1.write_bytes(b"Kota Daeng\t73.71\tshort_name\tfree\nCaf\xe9\t73.71\tshort_name\tfree\n")
    with pytest.raises(ValueError, match=r"latin1.tsv:2: not UTF-8"):
        warta.Analyzer(region_aliases=[str(latin1)])


def test_ten_megabytes(analyzer, samples):
    unit = "\n\n".join(samples) + "\n\n" + UNICODE_TEXT + "\n\n"
    text = unit * (10_000_000 // len(unit.encode()) + 1)
    assert len(text.encode()) >= 10_000_000
    start = time.perf_counter()
    entities = analyzer.entities(text)
    elapsed = time.perf_counter() - start
    per_unit = len(analyzer.entities(unit))
    assert len(entities) >= per_unit * (text.count(UNICODE_TEXT) // 2)
    for e in entities[:200] + entities[-200:]:
        assert text[e["start"]:e["end"]] == e["text"]
    assert entities[-1]["end"] > len(text) - len(unit)
    # ~38 MiB/s in Rust; even a slow CI machine does 10 MB well within a minute.
    assert elapsed < 60, elapsed
    [batched] = analyzer.entities_batch([text], threads=2)
    assert len(batched) == len(entities) and batched[-1] == entities[-1]


def test_entities_frame(analyzer, samples):
    pd = pytest.importorskip("pandas")
    texts = samples + [UNICODE_TEXT, ""]
    ids = ["makassar", "morowali", "palu", "unicode", "empty"]
    frame = warta.entities_frame(texts, ids)
    assert isinstance(frame, pd.DataFrame)
    assert list(frame.columns) == list(warta.FRAME_COLUMNS)
    expected = analyzer.entities_batch(texts)
    assert len(frame) == sum(map(len, expected))
    assert set(frame["id"]) == {"makassar", "morowali", "palu", "unicode"}
    for row in frame.itertuples(index=False):
        text = texts[ids.index(row.id)]
        assert text[row.start:row.end] == row.text
    officials = frame[frame["kind"] == "official"]
    assert officials["title"].notna().all() and officials["person"].notna().all()
    assert frame.loc[frame["kind"] == "region", "code"].notna().any()
    uni = frame[(frame["id"] == "unicode") & (frame["kind"] == "official")]
    assert list(uni["text"]) == ["Delis Julkarson Hehi", "Iriane Iliyas", "Reza Khomeini"]
    assert list(uni["jurisdiction_code"]) == ["72.12", "72.06", "72.12"]
    # default ids are positions; mismatched ids are an error; no texts, no rows
    assert set(warta.entities_frame(samples)["id"]) == {0, 1, 2}
    with pytest.raises(ValueError, match="one id per text"):
        warta.entities_frame(samples, ["a"])
    empty = warta.entities_frame([])
    assert list(empty.columns) == list(warta.FRAME_COLUMNS) and len(empty) == 0


def test_garbage_collector_state_is_kept(analyzer, samples):
    """Conversion pauses the cyclic collector and puts it back as it was."""
    import gc

    assert gc.isenabled()
    analyzer.entities(samples[0])
    analyzer.entities_batch(samples * 4, threads=2)
    assert gc.isenabled()
    gc.disable()
    try:
        analyzer.entities(samples[0])
        analyzer.entities_batch(samples * 4, threads=2)
        assert not gc.isenabled()
    finally:
        gc.enable()
