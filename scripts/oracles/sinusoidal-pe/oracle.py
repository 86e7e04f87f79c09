#!/usr/bin/python3
"""Independent sinusoidal position encoding oracle, float64 (numpy and Debian's python3-torch).

interleaved: Vaswani et al. 3.5, twice:
  vaswani_torch: the PyTorch tutorial's PositionalEncoding (div_term = exp(arange(0, d, 2) * -ln(base)/d))
  vaswani_numpy: the paper's formula literally, sin(p / base^(2i/d)), cos(p / base^(2i/d))
concat: tensor2tensor's get_timing_signal_1d (min_timescale 1, max_timescale base), twice:
  t2t_numpy: the tensor2tensor code transcribed to numpy
  t2t_torch: the same in torch
The two computations of a layout are compared on every call.

Usage (from the repository root):
  /usr/bin/python3 scripts/oracles/sinusoidal-pe/oracle.py answer TEST.in > TEST.ans
  /usr/bin/python3 scripts/oracles/sinusoidal-pe/oracle.py check TEST.in OUTPUT   # max |oracle - output|
  /usr/bin/python3 scripts/oracles/sinusoidal-pe/make_tests.py   # the hand-made tests
"""
import math
import sys

import numpy as np
import torch


def read_input(path):
    with open(path) as f:
        t = f.read().split()
    return int(t[0]), int(t[1]), int(t[2]), t[3]


def vaswani_torch(L, d, base):
    position = torch.arange(L, dtype=torch.float64).unsqueeze(1)
    div_term = torch.exp(torch.arange(0, d, 2, dtype=torch.float64) * (-math.log(base) / d))
    pe = torch.zeros(L, d, dtype=torch.float64)
    pe[:, 0::2] = torch.sin(position * div_term)
    pe[:, 1::2] = torch.cos(position * div_term)
    return pe.numpy()


def vaswani_numpy(L, d, base):
    p = np.arange(L, dtype=np.float64)[:, None]
    i = np.arange(d // 2, dtype=np.float64)[None, :]
    angle = p / np.power(float(base), 2.0 * i / d)
    pe = np.empty((L, d))
    pe[:, 0::2] = np.sin(angle)
    pe[:, 1::2] = np.cos(angle)
    return pe


def t2t_numpy(length, channels, min_timescale=1.0, max_timescale=1.0e4, start_index=0):
    """tensor2tensor.layers.common_attention.get_timing_signal_1d, in numpy."""
    position = np.arange(length, dtype=np.float64) + start_index
    num_timescales = channels // 2
    log_timescale_increment = (math.log(float(max_timescale) / float(min_timescale)) /
                               max(float(num_timescales) - 1, 1))
    inv_timescales = min_timescale * np.exp(
        np.arange(num_timescales, dtype=np.float64) * -log_timescale_increment)
    scaled_time = position[:, None] * inv_timescales[None, :]
    signal = np.concatenate([np.sin(scaled_time), np.cos(scaled_time)], axis=1)
    return np.pad(signal, [[0, 0], [0, channels % 2]])


def t2t_torch(length, channels, base):
    position = torch.arange(length, dtype=torch.float64)
    n = channels // 2
    inc = math.log(float(base)) / max(n - 1, 1)
    inv = torch.exp(torch.arange(n, dtype=torch.float64) * -inc)
    scaled = position[:, None] * inv[None, :]
    return torch.cat([scaled.sin(), scaled.cos()], dim=1).numpy()


def answer(L, d, base, layout, stats=None):
    if layout == "interleaved":
        a, b = vaswani_torch(L, d, base), vaswani_numpy(L, d, base)
    else:
        a, b = t2t_numpy(L, d, 1.0, float(base)), t2t_torch(L, d, base)
    diff = float(np.abs(a - b).max())
    assert diff < 1e-9, (L, d, base, layout, diff)
    if stats is not None:
        stats[layout] = max(stats.get(layout, 0.0), diff)
    return a


def fmt(v):
    s = "%.7f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def write_answer(y, out):
    out.write("".join(" ".join(fmt(v) for v in row) + "\n" for row in y.tolist()))


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "answer":
        write_answer(answer(*read_input(sys.argv[2])), sys.stdout)
    elif len(sys.argv) == 4 and sys.argv[1] == "check":
        stats = {}
        L, d, base, layout = read_input(sys.argv[2])
        y = answer(L, d, base, layout, stats)
        got = np.loadtxt(sys.argv[3], dtype=np.float64, ndmin=2)
        assert got.shape == y.shape, (got.shape, y.shape)
        diff = float(np.abs(y - got).max())
        print("%s: max |oracle - output| = %.3g over %d numbers; the two oracles of %s differ by %.3g"
              % (sys.argv[3], diff, y.size, layout, stats[layout]))
        sys.exit(0 if diff <= 1e-6 else 1)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
