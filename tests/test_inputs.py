"Other competitions' layouts end to end, bad input at the command line, and an interrupted run."
import signal, subprocess, sys, time
from pathlib import Path

import pandas as pd, pytest

from conftest import run_cli

def relabel_pixels(frame, first):
    "`frame` with its pixel columns renamed to start at pixel`first`"
    return frame.rename(columns={f'pixel{i}': f'pixel{i + first}' for i in range(784)})

def test_fashion_mnist_style_data_runs_end_to_end(tiny_data, tmp_path):
    "labels 0-9, pixel1..pixel784, a test file that carries labels, no sample submission"
    data = tmp_path/'fashion'; data.mkdir()
    train = relabel_pixels(pd.read_csv(tiny_data/'train.csv'), 1)
    train.iloc[:500].to_csv(data/'train.csv', index=False)
    train.iloc[500:].to_csv(data/'test.csv', index=False)
    res = run_cli('run', '--data', data, '--out', tmp_path/'sub.csv', '--epochs', 1, '--quiet')
    assert res.returncode == 0, res.stderr
    assert res.stderr == f"{data/'test.csv'}: has a 'label' column; it is ignored, since predictions must not see it.\n"
    sub = pd.read_csv(tmp_path/'sub.csv')
    assert sub.columns.tolist() == ['ImageId', 'Label'] and sub.ImageId.tolist() == list(range(1, 101))

def test_kannada_mnist_style_data_runs_end_to_end(tiny_data, tmp_path):
    "a test file with an `id` column, and a sample submission `id,label`"
    data = tmp_path/'kannada'; data.mkdir()
    (pd.read_csv(tiny_data/'train.csv')).to_csv(data/'train.csv', index=False)
    test = pd.read_csv(tiny_data/'test.csv')
    pd.concat([pd.DataFrame({'id': range(100)}), test], axis=1).to_csv(data/'test.csv', index=False)
    pd.DataFrame({'id': range(100), 'label': 0}).to_csv(data/'sample_submission.csv', index=False)
    res = run_cli('run', '--data', data, '--out', tmp_path/'sub.csv', '--epochs', 1, '--quiet')
    assert res.returncode == 0, res.stderr
    sub = pd.read_csv(tmp_path/'sub.csv')
    assert sub.columns.tolist() == ['id', 'label'] and sub.id.tolist() == list(range(100))
    assert sub.label.between(0, 9).all()

@pytest.mark.parametrize('name,text,message', [
    ('train.csv', 'label,pixel0\n', 'only a header line; expected rows of pixels under it.'),
    ('train.csv', 'label,pixel0,pixel1\n1,0,300\n', "line 2, column 'pixel1': expected a whole-number pixel value from 0 to 255, found '300'."),
    ('test.csv', 'pixel0,pixel1\n0,1\n3\n', 'line 3: 1 fields; expected 2, one per header column.'),
])
def test_bad_csv_exits_1_naming_file_line_and_column(tiny_data, tmp_path, name, text, message):
    data = tmp_path/'data'; data.mkdir()
    for good in ('train.csv', 'test.csv'): (data/good).write_text((tiny_data/good).read_text())
    (data/name).write_text(text)
    res = run_cli('run', '--data', data, '--out', tmp_path/'sub.csv')
    assert res.returncode == 1
    assert res.stderr == f'digit_cnn: error: {data/name}{"," if message.startswith("line") else ":"} {message}\n'
    assert not (tmp_path/'sub.csv').exists()

def test_interrupted_run_leaves_the_old_submission_intact(tiny_data, tmp_path):
    out = tmp_path/'sub.csv'
    out.write_text('the old submission\n')
    exe = Path(sys.executable).parent/'digit_cnn'
    proc = subprocess.Popen([str(exe), 'run', '--data', str(tiny_data), '--out', str(out), '--epochs', '50', '--force'],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout.readline().startswith('epoch')  # training has started
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=120)
    assert proc.returncode == 130
    assert err.endswith('digit_cnn: error: interrupted; no submission was written\n')
    assert out.read_text() == 'the old submission\n'
    assert [p.name for p in tmp_path.iterdir()] == ['sub.csv']  # no temporary file left behind
