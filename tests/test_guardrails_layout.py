"""The guardrails' layout: check groups import each other without cycles (module-level or inside
functions), every module imports on its own, stays small and says what it is for; record facts
and the "names the product" question have one home (`promo_llm.facts`)."""

import ast
import json
import subprocess
import sys
from pathlib import Path

import pytest

from promo_llm.facts import names_product, offer_terms, product_names, record_terms
from promo_llm.records import Brief, Offer, Product, UserProfile

PKG = Path(__file__).resolve().parent.parent / "promo_llm"
OWN = ("promo_llm.guardrails", "promo_llm.facts", "promo_llm.textnorm")
"""Modules this layout covers: the guardrails package and the record facts beneath it."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(PKG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in PKG.rglob("*.py")}


def _imports(name: str, path: Path, known: set[str]) -> set[str]:
    """promo_llm modules `name` imports anywhere in its file (inside functions too)."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name in known}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[:len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([node.module] if node.module else []))
            for a in node.names:  # `from . import law` names a module; `from .x import y` a name in x
                found.add(f"{base}.{a.name}" if f"{base}.{a.name}" in known else base)
    return {m for m in found if m in known and m != name}


def _cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan)."""
    index, low, stack, on, out = {}, {}, [], set(), []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in graph:
        if v not in index:
            visit(v)
    return out


def test_import_graph_has_no_cycle_through_the_guardrails_or_facts():
    mods = _modules()
    graph = {n: _imports(n, p, set(mods)) for n, p in mods.items()}
    assert "promo_llm.guardrails.truth.figures" in graph["promo_llm.guardrails.engine"]
    assert "promo_llm.facts" in graph["promo_llm.guardrails.quality"]
    bad = [c for c in _cycles(graph) if any(m.startswith(OWN) for m in c)]
    assert not bad, f"import cycles: {bad}"


def test_the_cycle_finder_sees_a_function_level_cycle(tmp_path):
    a, b = tmp_path / "a.py", tmp_path / "b.py"
    a.write_text("def f():\n    from .b import g\n")
    b.write_text("from .a import f\n")
    known = {"promo_llm.a", "promo_llm.b"}
    graph = {"promo_llm.a": _imports("promo_llm.a", a, known), "promo_llm.b": _imports("promo_llm.b", b, known)}
    assert _cycles(graph) == [["promo_llm.a", "promo_llm.b"]]


def test_each_module_imports_on_its_own():
    names = sorted(n for n in _modules() if n.startswith(OWN + ("promo_llm.prompting", "promo_llm.rerank")))
    script = (
        "import importlib, json, sys\n"
        f"names = {names!r}\n"
        "failed = {}\n"
        "for name in names:\n"
        "    for m in [m for m in sys.modules if m == 'promo_llm' or m.startswith('promo_llm.')]:\n"
        "        del sys.modules[m]\n"
        "    try:\n"
        "        importlib.import_module(name)\n"
        "    except Exception as exc:\n"
        "        failed[name] = f'{type(exc).__name__}: {exc}'\n"
        "print(json.dumps(failed))\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120,
                         cwd=PKG.parent)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == {}


@pytest.mark.parametrize("name", sorted(n for n in _modules() if n.startswith(OWN)))
def test_modules_are_small_and_say_what_they_are_for(name):
    path = _modules()[name]
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 600
    doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
    assert doc and len(doc) > 40, f"{name} has no docstring saying what it is for"


# --- the one "names the product" helper --------------------------------------------------------

PRODUCT = Product(item_id="p1", title="Alpina Trailrunner Waterproof Hiking Boots", category="Footwear",
                  price=79.99, brand="Alpina", list_price=99.99,
                  i18n={"zh": {"title": "Alpina 越野防水徒步鞋", "category": "鞋靴"}})
USER = UserProfile(user_id="u1", locale="en-US", segment="active", top_categories=(), price_band="mid",
                   discount_affinity=0.5)


def _brief(locale="en-US", offer=Offer(discount_pct=15, code="TRAIL15")):
    return Brief(brief_id="b1", user=USER, product=PRODUCT, channel="push", locale=locale, offer=offer)


@pytest.mark.parametrize("text, plain, no_brand, whole, graded", [
    ("alpina deals this week", 1.0, 0.0, 0.0, 1.0),              # the brand only
    ("waterproof shoes for wet trails", 1.0, 1.0, 1.0, 0.5),      # one title word: half credit
    ("hiking, waterproof and warm", 1.0, 1.0, 1.0, 1.0),          # two title words: full credit
    ("for the trailrunners among you", 1.0, 1.0, 0.0, 0.5),       # a title word inside a longer word
    ("footwear for the weekend", 1.0, 1.0, 1.0, 0.0),             # the category names it, the title does not
    ("a cosy duvet for cold nights", 0.0, 0.0, 0.0, 0.0),         # some other product
])
def test_names_product_modes(text, plain, no_brand, whole, graded):
    b = _brief()
    assert names_product(text, b) == plain
    assert names_product(text, b, brand=False) == no_brand
    assert names_product(text, b, brand=False, whole_words=True) == whole
    assert names_product(text, b, graded=True) == graded


def test_names_product_in_chinese_reads_character_pairs_and_the_localized_title():
    b = _brief("zh-CN")
    assert "防水" in product_names(b).terms and "alpina" in product_names(b).brands
    assert names_product("防水好穿", b) == 1.0 and names_product("一双好鞋", b) == 0.0
    assert names_product("alpina 越野防水徒步鞋，周末出发", b, graded=True) == 1.0  # the whole title
    assert names_product("越野防水徒步鞋，周末出发", b, graded=True) == 0.5  # one of its two words
    assert names_product("越野防水，周末出发", b, graded=True) == 0.0  # a title run only counts whole


def test_offer_and_record_terms():
    b = _brief()
    assert offer_terms(b) == ["TRAIL15", "15%", "8.5折"]
    assert offer_terms(_brief(offer=Offer())) == []
    words, pairs = record_terms(_brief("zh-CN"))
    assert {"alpina", "boots", "boot", "waterproof", "trail"} <= words and "the" not in words  # "trail" of the code
    assert {"防水", "鞋靴"} <= pairs
