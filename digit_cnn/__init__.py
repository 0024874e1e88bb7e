__version__ = "0.1.0"

import warnings
# fastai 2.8 scripts a few layers with `torch.jit.script` at import; newer torch warns about that on every run.
warnings.filterwarnings('ignore', message=r'`torch.jit.script` is deprecated', category=FutureWarning)
