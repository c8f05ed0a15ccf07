"""The generation package's layout: one concern per module, each importable alone, no import cycle.

Imports are read from the source (module level and inside functions), so a cycle hidden behind a
lazy import is found too.
"""

import ast
import subprocess
import sys
from pathlib import Path

import promo_llm.generation as generation

PACKAGE = Path(generation.__file__).parent
ROOT = PACKAGE.parent.parent


def module_names() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = list(path.relative_to(ROOT).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        out[".".join(parts)] = path
    return out


def imports_of(name: str, path: Path, known: set[str]) -> set[str]:
    """The modules of `known` that module `name` imports, anywhere in its source."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    got = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            got.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join(anchor + ([base] if base else []))
            for a in node.names:  # `from pkg import submodule` imports the submodule
                got.add(f"{base}.{a.name}" if f"{base}.{a.name}" in known else base)
    return {m for m in got if m in known and m != name}


def test_no_module_is_over_600_lines_and_each_says_what_it_is_for():
    for name, path in module_names().items():
        text = path.read_text(encoding="utf-8")
        assert len(text.splitlines()) <= 600, name
        doc = ast.get_docstring(ast.parse(text))
        assert doc and len(doc.split()) >= 8, f"{name}: no docstring saying what it is for"


def test_no_import_cycle():
    mods = module_names()
    graph = {name: imports_of(name, path, set(mods)) for name, path in mods.items()}
    assert graph["promo_llm.generation.backends.hf"] >= {"promo_llm.generation.engine.loop"}  # the reader works
    state: dict[str, int] = {}

    def visit(node: str, trail: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            assert state.get(nxt) != 1, "import cycle: " + " -> ".join(trail + [node, nxt])
            if nxt not in state:
                visit(nxt, trail + [node])
        state[node] = 2

    for name in graph:
        if name not in state:
            visit(name, [])


def test_each_module_imports_alone_in_a_fresh_interpreter():
    procs = {name: subprocess.Popen([sys.executable, "-c", f"import {name}"], cwd=ROOT,
                                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for name in module_names()}
    failed = {}
    for name, proc in procs.items():
        _, err = proc.communicate(timeout=120)
        if proc.returncode:
            failed[name] = err.strip().splitlines()[-1:]
    assert not failed, failed


def test_the_old_modules_are_gone_and_the_public_names_stay():
    assert not (ROOT / "promo_llm" / "generation.py").exists()
    assert not (ROOT / "promo_llm" / "vllm_backend.py").exists()
    for name in generation.__all__:
        assert getattr(generation, name) is not None
