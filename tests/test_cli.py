"""CLI: --help for every command, one-line errors with exit 1, `models list` output."""

import json

import pytest
import typer
from typer.testing import CliRunner

from promo_llm.cli import app

runner = CliRunner()


def all_command_paths():
    root = typer.main.get_command(app)
    paths = []

    def walk(cmd, prefix):
        paths.append(prefix)
        # typer ships its own copy of click: test for a group by its subcommands, not its class
        for name, sub in getattr(cmd, "commands", {}).items():
            walk(sub, prefix + [name])

    walk(root, [])
    return paths


def test_help_walk_reaches_subcommands():
    paths = {" ".join(p) for p in all_command_paths()}
    assert {"generate", "guard check", "profiles build", "models list", "eval run"} <= paths


@pytest.mark.parametrize("path", all_command_paths(), ids=lambda p: " ".join(p) or "root")
def test_every_command_has_help(path):
    result = runner.invoke(app, path + ["--help"])
    assert result.exit_code == 0, result.output
    assert "Usage:" in result.output
    # The command's own description is shown (no empty help).
    assert len(result.output.splitlines()) > 3


def test_models_list_prints_json_lines():
    result = runner.invoke(app, ["models", "list"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert any(r["name"] == "smollm2-135m" and r["default"] for r in rows)


@pytest.mark.parametrize("body,message", [
    ("name: x\nchannels: [fax]\n", "channels: unknown channel 'fax'"),
    ("name: x\nmax_users: lots\n", "max_users: expected int"),
])
def test_bad_campaign_is_one_line_exit_1(tmp_path, body, message):
    path = tmp_path / "c.yaml"
    path.write_text(body)
    result = runner.invoke(app, ["generate", str(path)])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_missing_campaign_file(tmp_path):
    result = runner.invoke(app, ["generate", str(tmp_path / "nope.yaml")])
    assert result.exit_code == 1 and "no such file" in result.output


def test_bad_shard_spec(tmp_path):
    path = tmp_path / "c.yaml"
    path.write_text("name: x\n")
    result = runner.invoke(app, ["generate", str(path), "--shard", "5/2"])
    assert result.exit_code == 1 and "--shard: K must be between 1 and N" in result.output
