#!/usr/bin/python3
"""Independent RoPE oracle in PyTorch float64 (Debian's python3-torch).

Three implementations written the way the model code does it:
  meta_interleaved:     Meta LLaMA, complex numbers (torch.polar, view_as_complex)
  roformer_interleaved: RoFormer / GPT-J rotate_every_two with repeat_interleave'd sin, cos
  hf_half:              Hugging Face LLaMA / GPT-NeoX rotate_half with cat(freqs, freqs)
The two interleaved ones are compared with each other on every call, and the half one
with the interleaved one applied to permuted coordinates.

Usage (from the repository root):
  /usr/bin/python3 scripts/oracles/rope/oracle.py answer TEST.in > TEST.ans
  /usr/bin/python3 scripts/oracles/rope/oracle.py check TEST.in OUTPUT   # max |oracle - output|
  /usr/bin/python3 scripts/oracles/rope/make_tests.py   # the hand-made tests, see there
"""
import sys

import torch

torch.set_default_dtype(torch.float64)


def read_input(path):
    with open(path) as f:
        head = f.readline().split()
        L, d, base, layout = int(head[0]), int(head[1]), int(head[2]), head[3]
        pos, rows = [], []
        for _ in range(L):
            t = f.readline().split()
            pos.append(int(t[0]))
            rows.append([float(v) for v in t[1:]])
    assert len(rows) == L and all(len(r) == d for r in rows)
    return (d, base, layout, torch.tensor(pos, dtype=torch.float64),
            torch.tensor(rows, dtype=torch.float64))


def inv_freq(d, base):
    return 1.0 / (base ** (torch.arange(0, d, 2, dtype=torch.float64) / d))


def meta_interleaved(pos, x, base):
    L, d = x.shape
    freqs = torch.outer(pos, inv_freq(d, base))
    freqs_cis = torch.polar(torch.ones_like(freqs), freqs)
    xc = torch.view_as_complex(x.reshape(L, d // 2, 2).contiguous())
    return torch.view_as_real(xc * freqs_cis).reshape(L, d)


def rotate_every_two(x):
    x1, x2 = x[..., ::2], x[..., 1::2]
    return torch.stack((-x2, x1), dim=-1).flatten(-2)


def roformer_interleaved(pos, x, base):
    d = x.shape[1]
    freqs = torch.outer(pos, inv_freq(d, base))
    sin = torch.repeat_interleave(freqs.sin(), 2, dim=-1)
    cos = torch.repeat_interleave(freqs.cos(), 2, dim=-1)
    return x * cos + rotate_every_two(x) * sin


def rotate_half(x):
    h = x.shape[-1] // 2
    return torch.cat((-x[..., h:], x[..., :h]), dim=-1)


def hf_half(pos, x, base):
    d = x.shape[1]
    freqs = torch.outer(pos, inv_freq(d, base))
    emb = torch.cat((freqs, freqs), dim=-1)
    return x * emb.cos() + rotate_half(x) * emb.sin()


def answer(path, stats=None):
    """The oracle's rotated vectors, after the cross-checks between implementations."""
    d, base, layout, pos, x = read_input(path)
    a = meta_interleaved(pos, x, base)
    b = roformer_interleaved(pos, x, base)
    inter_diff = (a - b).abs().max().item()
    # half layout = interleaved on the coordinates (x_0, x_h, x_1, x_h+1, ...)
    h = d // 2
    perm = torch.tensor([j // 2 + (j % 2) * h for j in range(d)])
    inv = torch.argsort(perm)
    c = hf_half(pos, x, base)
    half_diff = (c - meta_interleaved(pos, x[:, perm], base)[:, inv]).abs().max().item()
    assert inter_diff < 1e-9 and half_diff < 1e-9, (path, inter_diff, half_diff)
    if stats is not None:
        stats["meta_vs_roformer"] = max(stats.get("meta_vs_roformer", 0.0), inter_diff)
        stats["half_vs_permuted"] = max(stats.get("half_vs_permuted", 0.0), half_diff)
    return a if layout == "interleaved" else c


def fmt(v):
    s = "%.7f" % v
    s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def write_answer(y, out):
    out.write("".join(" ".join(fmt(v) for v in row) + "\n" for row in y.tolist()))


def read_output(path, shape):
    with open(path) as f:
        vals = [float(t) for t in f.read().split()]
    assert len(vals) == shape[0] * shape[1], (path, len(vals))
    return torch.tensor(vals, dtype=torch.float64).reshape(shape)


def main():
    if len(sys.argv) == 3 and sys.argv[1] == "answer":
        write_answer(answer(sys.argv[2]), sys.stdout)
    elif len(sys.argv) == 4 and sys.argv[1] == "check":
        stats = {}
        y = answer(sys.argv[2], stats)
        got = read_output(sys.argv[3], y.shape)
        diff = (y - got).abs().max().item()
        print("%s: max |oracle - output| = %.3g over %d numbers; meta vs roformer %.3g, half vs permuted %.3g"
              % (sys.argv[3], diff, y.numel(), stats["meta_vs_roformer"], stats["half_vs_permuted"]))
        sys.exit(0 if diff <= 1e-6 else 1)
    else:
        sys.exit(__doc__)


if __name__ == "__main__":
    main()
