"The repository keeps its promises: README made from index.ipynb, CI running the README's test command."
import re
from pathlib import Path

from nbconvert import MarkdownExporter

ROOT = Path(__file__).parent.parent

def readme_commands():
    "The shell commands in the README's first two code blocks"
    return re.findall(r'```sh\n(.*?)\n```', (ROOT/'README.md').read_text(), re.S)[:2]

def test_readme_is_made_from_index_notebook():
    body, _ = MarkdownExporter().from_filename(str(ROOT/'nbs'/'index.ipynb'))
    assert (ROOT/'README.md').read_text() == body, 'regenerate: jupyter nbconvert --to markdown --stdout nbs/index.ipynb > README.md'

def test_readme_starts_with_install_and_run_then_install_and_test():
    run, test = readme_commands()
    assert run == 'pip install -e . && digit_cnn run'
    assert test.startswith('pip install -e ".[dev]" && ')

def test_ci_runs_the_readme_test_command():
    _, test = readme_commands()
    assert test in (ROOT/'.ci'/'run').read_text()
    assert test in (ROOT/'.github'/'workflows'/'test.yaml').read_text()
