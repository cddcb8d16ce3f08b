"""The bundled templates' parts ship cleaned up and compiled: current, used, identical in effect, still sandboxed."""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from jinja2.exceptions import SecurityError

from plangen.model import Client
from plangen.office import precompiled, sandbox
from plangen.render.meetings import render_meetings
from plangen.resources import templates_dir

FOLDER = Path(precompiled.__file__).resolve().parent.parent / "resources" / "precompiled"
BUNDLED = sorted(templates_dir().glob("*.docx"))


@pytest.fixture
def fresh_caches() -> Iterator[None]:
    """Start and leave with no cleaned-up or compiled template in the process."""
    sandbox._patched_xml.cache_clear()
    sandbox._shared_env.cache_clear()
    yield
    sandbox._patched_xml.cache_clear()
    sandbox._shared_env.cache_clear()


def test_the_shipped_modules_are_those_of_the_bundled_templates() -> None:
    """Fails after a bundled template (or docxtpl / Jinja) changed: run `python tools/make_docx_templates.py
    --precompile`."""
    shipped = {p.stem: p.read_text(encoding="utf-8") for p in FOLDER.glob("*.py") if p.name != "__init__.py"}
    made = sandbox.precompiled_modules(BUNDLED)
    assert sorted(shipped) == sorted(made)
    assert shipped == made


def test_every_part_of_every_bundled_template_ships_precompiled() -> None:
    env = sandbox.sandbox_env()
    for template in BUNDLED:
        raws, sources = sandbox.template_inputs(template)
        assert raws and sources
        assert all(precompiled.patched(xml) is not None for xml in raws)
        assert all(precompiled.template(env, source) is not None for source in sources)


def test_rendering_bundled_templates_neither_cleans_up_nor_compiles(
        minato: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_caches: None) -> None:
    from docxtpl import DocxTemplate
    from jinja2 import Environment

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("a bundled template's part was cleaned up or compiled at run time")

    monkeypatch.setattr(Environment, "compile", refuse)
    monkeypatch.setattr(DocxTemplate, "patch_xml", refuse)
    assert render_meetings(minato, tmp_path).paths


def test_a_changed_text_finds_no_module_and_is_compiled_at_run_time() -> None:
    env = sandbox.sandbox_env()
    source = sandbox.template_inputs(templates_dir() / "meeting-weekly.docx")[1][0]
    assert precompiled.template(env, source) is not None
    assert precompiled.template(env, source + " ") is None
    assert precompiled.patched("<w:body/>") is None


def _parts(folder: Path) -> dict[str, bytes]:
    """Return every part of every document in `folder` but the dated core properties."""
    parts = {}
    for path in sorted(folder.rglob("*.docx")):
        with zipfile.ZipFile(path) as package:
            parts |= {f"{path.name}/{n}": package.read(n) for n in package.namelist() if n != "docProps/core.xml"}
    return parts


def test_precompiled_and_run_time_compiled_templates_write_the_same_documents(
        minato: Client, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fresh_caches: None) -> None:
    render_meetings(minato, tmp_path / "shipped")
    sandbox._patched_xml.cache_clear()
    sandbox._shared_env.cache_clear()
    monkeypatch.setattr(precompiled, "_code", lambda name: None)
    render_meetings(minato, tmp_path / "compiled")
    assert _parts(tmp_path / "shipped") == _parts(tmp_path / "compiled")


def _shipped(source: str, monkeypatch: pytest.MonkeyPatch) -> object:
    """Return the template of `source` made the way a shipped module is: written by `modules`, run by `template`."""
    text = f"{sandbox.sandbox_env().compile(source, raw=True)}\n{precompiled.FOOTER}"
    monkeypatch.setattr(precompiled, "_code", lambda name: compile(text, name, "exec"))
    template = precompiled.template(sandbox.sandbox_env(), source)
    assert template is not None
    return template


@pytest.mark.parametrize("source", ["{{ x.__class__.__mro__ }}", "{{ cycler.__init__.__globals__ }}",
                                    "{{ 'x' * 10**8 }}"])
def test_code_from_a_module_is_as_sandboxed_as_code_compiled_at_run_time(source: str,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    template = _shipped(source, monkeypatch)
    with pytest.raises(SecurityError):
        "".join(template.render({"x": "s"}))  # type: ignore[attr-defined]


def test_code_from_a_module_renders_like_code_compiled_at_run_time(monkeypatch: pytest.MonkeyPatch) -> None:
    source = "{% for i in items %}{{ i }}&{{ loop.length }} {% endfor %}{{ '-' * 3 }}"
    expected = sandbox.sandbox_env().from_string(source).render({"items": ["<a>", "b"]})
    assert _shipped(source, monkeypatch).render({"items": ["<a>", "b"]}) == expected  # type: ignore[attr-defined]
    assert expected == "&lt;a&gt;&2 b&2 ---"


def test_an_environment_with_other_settings_finds_no_module() -> None:
    source = sandbox.template_inputs(templates_dir() / "meeting-weekly.docx")[1][0]
    plain = sandbox.sandbox_env()
    plain.autoescape = False
    assert precompiled.template(plain, source) is None
