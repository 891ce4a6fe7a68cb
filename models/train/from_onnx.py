"""Recover a DefectNet checkpoint from an exported ONNX backbone (BatchNorm folded into the convolutions).

The 1.0.0 weights shipped without their training checkpoint; this rebuilds one so that they can be
re-exported through export.py (e.g. in another output layout) without retraining:
    /usr/bin/python3 models/train/from_onnx.py models/gz-defect-backbone.onnx --work models/train/work/from-onnx
    /usr/bin/python3 models/train/train.py --out models/ --work models/train/work/from-onnx --export-only
Each exported Conv carries the folded weight and bias; the BatchNorm after it is set to the identity
(mean 0, variance 1 - eps, scale 1) with the folded bias as its shift, so the rebuilt network computes
the same function (up to float rounding) and exporting folds it back to the same Conv.
"""
import argparse
import os
import sys

import numpy as np
import onnx
import torch
from onnx import numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from net import DefectNet  # noqa: E402


def recover(path):
    m = onnx.load(path)
    inits = {i.name: torch.from_numpy(numpy_helper.to_array(i).copy()) for i in m.graph.initializer}
    net = DefectNet()
    state = net.state_dict()
    done = set()
    for node in m.graph.node:
        if node.op_type != "Conv" or not node.name.startswith("/net/"):
            continue
        # "/net/b4/b4.1/b4.1.0/Conv" -> module "b4.1.0" (the Conv inside cbr), its BatchNorm is "b4.1.1"
        parts = node.name.split("/")[2:-1]
        mod = parts[-1]
        w, b = inits[node.input[1]], inits[node.input[2]]
        if mod == "head":
            state["head.weight"], state["head.bias"] = w, b
            done.update({"head.weight", "head.bias"})
            continue
        bn = mod[:-1] + str(int(mod[-1]) + 1)
        eps = dict(net.named_modules())[bn].eps
        state[f"{mod}.weight"] = w
        state[f"{bn}.weight"] = torch.ones_like(b)
        state[f"{bn}.bias"] = b
        state[f"{bn}.running_mean"] = torch.zeros_like(b)
        state[f"{bn}.running_var"] = torch.full_like(b, 1 - eps)
        done.update({f"{mod}.weight", f"{bn}.weight", f"{bn}.bias", f"{bn}.running_mean", f"{bn}.running_var"})
    missing = [k for k in state if k not in done and not k.endswith("num_batches_tracked")]
    if missing:
        raise SystemExit(f"no ONNX weights for {missing}")
    net.load_state_dict(state)
    return net.eval()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("onnx")
    ap.add_argument("--work", required=True)
    args = ap.parse_args()
    net = recover(args.onnx)
    os.makedirs(args.work, exist_ok=True)
    torch.save({"model": net.state_dict(), "step": 0, "from_onnx": os.path.basename(args.onnx)}, os.path.join(args.work, "checkpoint.pt"))
    print("recovered", args.onnx, "->", args.work, flush=True)


if __name__ == "__main__":
    main()
