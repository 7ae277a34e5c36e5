"""The README's CLI reference, generated from the commands themselves (a test keeps them in step)."""

from __future__ import annotations

import typer

from .app import app

BEGIN = "<!-- cli-reference:begin -->"
END = "<!-- cli-reference:end -->"


def _is_argument(param) -> bool:
    return param.param_type_name == "argument"


def _param_line(param) -> str:
    text = getattr(param, "help", "") or ""
    if _is_argument(param):
        return f"- `{param.name.upper()}`: {text}"
    return f"- {', '.join(f'`{o}`' for o in param.opts)}: {text}"


def _walk(command, path: list[str]) -> list[str]:
    lines: list[str] = []
    if hasattr(command, "commands"):
        if path:
            lines += [f"### `eventwire {' '.join(path)}`", "", (command.help or "").strip(), ""]
        for name in sorted(command.commands):
            lines += _walk(command.commands[name], path + [name])
        return lines
    usage = " ".join(path + [p.name.upper() for p in command.params if _is_argument(p)])
    lines += [f"### `eventwire {usage}`", "", (command.help or "").strip(), ""]
    lines += [_param_line(p) for p in command.params if p.name != "help"]
    return lines + [""]


def reference() -> str:
    """Markdown for every command and option, in a stable order."""
    root = typer.main.get_command(app)
    head = ["Global options (before the command):", ""]
    head += [_param_line(p) for p in root.params if p.name != "help"] + [""]
    return "\n".join(head + _walk(root, [])).strip() + "\n"


def write(path: str) -> None:
    """Replace the reference between the markers in a Markdown file."""
    from pathlib import Path

    file = Path(path)
    head, rest = file.read_text(encoding="utf-8").split(BEGIN, 1)
    tail = rest.split(END, 1)[1]
    file.write_text(head + BEGIN + "\n" + reference() + END + tail, encoding="utf-8")


if __name__ == "__main__":
    import sys

    if len(sys.argv) == 3 and sys.argv[1] == "--write":
        write(sys.argv[2])
    else:
        print(reference())
