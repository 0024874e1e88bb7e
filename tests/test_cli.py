"The `digit_cnn` command as a user meets it: help, a run, bad paths and options, repeatability."
import os, re
from pathlib import Path

import pandas as pd, pytest

from conftest import run_cli

OPTIONS = ['--data PATH', '--out FILE', '--arch NAME', '--epochs N', '--lr LR', '--bs N', '--seed N', '--opt NAME']

def test_help_lists_the_run_command():
    res = run_cli('--help')
    assert res.returncode == 0
    assert 'run' in res.stdout and 'usage: digit_cnn' in res.stdout

def test_run_help_explains_each_option():
    res = run_cli('run', '--help')
    assert res.returncode == 0
    for option in OPTIONS: assert option in res.stdout
    assert "Passes over the training set (default: the preset's; seed 10, fast 5, best 25, ensemble 25)" in ' '.join(res.stdout.split())
    assert '--preset NAME' in res.stdout and 'best: arch=medium epochs=25 smoothing=0.1 augment=True tta=True' in ' '.join(res.stdout.split())

def test_run_on_a_tiny_sample_writes_a_valid_submission(tiny_data, tmp_path):
    out = tmp_path/'sub.csv'
    res = run_cli('run', '--data', tiny_data, '--out', out, '--epochs', 2)
    assert res.returncode == 0, res.stderr
    lines = res.stdout.splitlines()
    assert lines[0].split() == ['epoch', 'train_loss', 'valid_loss', 'accuracy', 'time']
    assert [l.split()[0] for l in lines[1:3]] == ['0', '1']
    assert lines[3].startswith('validation accuracy: 0.') and lines[3].endswith('on 120 held-back images')
    assert re.fullmatch(r'seconds: load [\d.]+, train [\d.]+, predict [\d.]+, write [\d.]+', lines[4])
    assert lines[5] == f'submission: {out.resolve()} (100 rows)'
    run_dir = Path(lines[6].removeprefix('run folder: '))
    assert sorted(p.name for p in run_dir.iterdir()) == sorted(
        ['config.json', 'metrics.json', 'model.pth', 'submission.csv', 'report.md', 'training_digits.png', 'lr_find.png',
         'losses.png', 'confusion.png', 'top_losses.png', 'test_predictions.png'])
    assert res.stderr.splitlines()[0] == f'data: {tiny_data} (600 training and 100 test images, 10 classes)'
    sub = pd.read_csv(out)
    assert sub.columns.tolist() == ['ImageId', 'Label']
    assert sub.ImageId.tolist() == list(range(1, 101))
    assert sub.Label.dtype.kind == 'i' and sub.Label.between(0, 9).all()
    assert '\r' not in res.stdout  # no progress bars when the output is not a terminal

def test_predict_from_the_run_folder_gives_the_same_submission(tiny_data, tmp_path):
    run_dir, first, again = tmp_path/'run', tmp_path/'first.csv', tmp_path/'again.csv'
    res = run_cli('run', '--data', tiny_data, '--out', first, '--preset', 'fast', '--epochs', 1, '--tta', '--quiet', '--no-plots', '--run-dir', run_dir)
    assert res.returncode == 0, res.stderr
    res = run_cli('predict', '--model', run_dir, '--data', tiny_data, '--out', again)
    assert res.returncode == 0, res.stderr
    assert res.stdout == f'submission: {again.resolve()} (100 rows)\n'
    assert again.read_bytes() == first.read_bytes()

def test_submit_checks_the_file_and_needs_credentials_to_send(tiny_data, tmp_path, clean_env):
    sub = tmp_path/'sub.csv'
    pd.DataFrame({'ImageId': range(1, 101), 'Label': 3}).to_csv(sub, index=False)
    res = run_cli('submit', sub, '--data', tiny_data, '--dry-run', env=clean_env)
    assert (res.returncode, res.stdout) == (0, f'checked: {sub} (100 rows, as the sample submission in {tiny_data} expects)\ndry run: nothing sent\n')
    res = run_cli('submit', sub, '--data', tiny_data, '--message', 'a test', env=clean_env)
    assert res.returncode == 1
    assert res.stderr == ('digit_cnn: error: No Kaggle credentials: put kaggle.json (from kaggle.com > Settings > API) in ~/.kaggle/ '
                          'and chmod 600 it, or set KAGGLE_USERNAME and KAGGLE_KEY.\n')
    res = run_cli('submit', sub, '--dry-run', env=clean_env)
    assert res.returncode == 1
    assert res.stderr == f'digit_cnn: error: {sub}: The submission has 100 rows; expected 28,000, one per test image.\n'

def test_same_seed_gives_the_same_submission_byte_for_byte(tiny_data, tmp_path):
    outs = [tmp_path/f'sub{i}.csv' for i in range(2)]
    for out in outs: assert run_cli('run', '--data', tiny_data, '--out', out, '--epochs', 1, '--quiet').returncode == 0
    assert outs[0].read_bytes() == outs[1].read_bytes()

def test_an_existing_submission_is_kept_unless_forced(tiny_data, tmp_path):
    out = tmp_path/'sub.csv'
    out.write_text('precious')
    res = run_cli('run', '--data', tiny_data, '--out', out, '--epochs', 1)
    assert res.returncode == 1
    assert res.stderr == (f"digit_cnn: error: {out} exists already, so nothing was done: choose another file, "
                          "or allow replacing it (--force on the command line, force=True in Python).\n")
    assert out.read_text() == 'precious'
    assert run_cli('run', '--data', tiny_data, '--out', out, '--epochs', 1, '--quiet', '--force').returncode == 0
    assert out.read_text().startswith('ImageId,Label\n')

def test_missing_data_path_is_a_clear_error(tmp_path):
    res = run_cli('run', '--data', tmp_path/'nowhere', '--out', tmp_path/'sub.csv')
    assert res.returncode == 1
    assert res.stdout == ''
    assert res.stderr == (f"digit_cnn: error: {tmp_path/'nowhere'}: no such file or folder. Expected a folder holding "
                          "train.csv and test.csv, or the competition's zip.\n")
    assert not (tmp_path/'sub.csv').exists()

def test_folder_without_the_csvs_is_a_clear_error(tmp_path):
    res = run_cli('run', '--data', tmp_path, '--out', tmp_path/'sub.csv')
    assert res.returncode == 1
    assert res.stderr == f"digit_cnn: error: {tmp_path}: no train.csv found (looked for train.csv or train.csv.gz, also one folder down).\n"

@pytest.mark.parametrize('args,message', [
    (['--epochs', '0'], 'argument --epochs: expected a number above 0, got 0'),
    (['--arch', 'vgg'], "argument --arch: invalid choice: 'vgg'"),
    (['--lr', 'fast'], "argument --lr: invalid float value: 'fast'"),
])
def test_bad_options_exit_with_status_2(args, message):
    res = run_cli('run', *args)
    assert res.returncode == 2
    assert message in res.stderr and 'Traceback' not in res.stderr

def test_no_data_and_no_credentials_uses_the_bundled_sample(tmp_path, clean_env):
    work = tmp_path/'work'; work.mkdir()
    res = run_cli('run', '--epochs', 1, '--quiet', cwd=work, env=clean_env)
    assert res.returncode == 0, res.stderr
    sample = Path(clean_env['XDG_CACHE_HOME'])/'digit_cnn'/'mnist-sample'
    assert res.stderr == (f"No 'digit-recognizer' data given or found and no Kaggle credentials: "
                          f"using the 5,000-digit MNIST sample in {sample}\n")
    assert len(pd.read_csv(work/'submission.csv')) == 1000

@pytest.mark.slow
def test_full_competition_data_reaches_97_percent(tmp_path):
    data = os.environ.get('DIGIT_CNN_DATA')
    if not data: pytest.skip('set DIGIT_CNN_DATA to the competition zip or folder')
    res = run_cli('run', '--data', data, '--out', tmp_path/'sub.csv', '--quiet')
    assert res.returncode == 0, res.stderr
    accuracy = float(res.stdout.split('validation accuracy: ')[1].split()[0])
    assert 0.97 <= accuracy < 1
    assert len(pd.read_csv(tmp_path/'sub.csv')) == 28_000
