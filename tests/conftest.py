"Shared fixtures for the command-line tests: a tiny competition folder and a way to run `digit_cnn`."
import os, subprocess, sys, tempfile
from pathlib import Path

import pandas as pd, pytest

from digit_cnn.data import sample_data

def pytest_addoption(parser):
    parser.addoption('--slow', action='store_true', help='also run the tests that train on the full competition data')

def pytest_configure(config):
    config.addinivalue_line('markers', 'slow: needs the full competition data ($DIGIT_CNN_DATA); run with --slow')

def pytest_collection_modifyitems(config, items):
    if config.getoption('--slow'): return
    skip = pytest.mark.skip(reason='needs --slow')
    for item in items:
        if 'slow' in item.keywords: item.add_marker(skip)

@pytest.fixture(scope='session')
def tiny_data(tmp_path_factory):
    "A competition-shaped folder with 600 training and 100 test rows of the MNIST sample"
    src, dest = sample_data(), tmp_path_factory.mktemp('tiny')
    pd.read_csv(src/'train.csv', nrows=600).to_csv(dest/'train.csv', index=False)
    pd.read_csv(src/'test.csv', nrows=100).to_csv(dest/'test.csv', index=False)
    pd.DataFrame({'ImageId': range(1, 101), 'Label': 0}).to_csv(dest/'sample_submission.csv', index=False)
    return dest

@pytest.fixture
def clean_env(tmp_path):
    "Environment for a user with no Kaggle credentials and an empty cache"
    env = {k: v for k, v in os.environ.items() if not k.startswith(('KAGGLE_', 'DIGIT_CNN_'))}
    env.update(HOME=str(tmp_path/'home'), XDG_CACHE_HOME=str(tmp_path/'cache'))
    return env

def run_cli(*args, cwd=None, env=None, timeout=900):
    "Run the installed `digit_cnn` command (in a fresh folder unless `cwd` is given); returns the completed process"
    exe = Path(sys.executable).parent/'digit_cnn'
    return subprocess.run([str(exe), *map(str, args)], capture_output=True, text=True, cwd=cwd or tempfile.mkdtemp(),
                          env=env, timeout=timeout)
