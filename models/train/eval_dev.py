"""Quick PyTorch-side harness to compare scoring methods on a labelled folder (evaluation only).

    /usr/bin/python3 models/train/eval_dev.py <folder> [--fit 100]
Nothing from the folder is written anywhere or used for training.
"""
import argparse
import csv
import os
import sys
import time

import cv2
import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from net import DefectNet  # noqa: E402
from train import auroc  # noqa: E402


def load(folder, size):
    rows = list(csv.DictReader(open(os.path.join(folder, "labels.csv"))))
    X, M, L = [], [], []
    for r in rows:
        im = cv2.imread(os.path.join(folder, r["path"]), cv2.IMREAD_COLOR)[..., ::-1]
        X.append(cv2.resize(im, (size, size), interpolation=cv2.INTER_AREA).astype(np.float32) / 255)
        mk = r.get("mask")
        if mk:
            m = cv2.imread(os.path.join(folder, mk), cv2.IMREAD_GRAYSCALE)
            M.append(cv2.resize((m > 127).astype(np.uint8), (64, 64), interpolation=cv2.INTER_NEAREST))
        else:
            M.append(np.zeros((64, 64), np.uint8))
        L.append(r["label"])
    return np.stack(X), np.stack(M), np.array(L)


@torch.no_grad()
def feats(model, X, bs=16):
    outs = []
    for i in range(0, len(X), bs):
        x = torch.from_numpy(X[i:i + bs]).permute(0, 3, 1, 2).contiguous()
        lg, f4, f8, f16 = model(x)
        f = torch.cat([F.avg_pool2d(f4, 2), f8, F.interpolate(f16, scale_factor=2.0, mode="bilinear", align_corners=False)], 1)
        outs.append((torch.sigmoid(lg)[:, 0].numpy(), f.numpy()))
    return np.concatenate([o[0] for o in outs]), np.concatenate([o[1] for o in outs])


def smooth(maps, s=1.0):
    return np.stack([cv2.GaussianBlur(m.astype(np.float32), (0, 0), s) for m in maps])


def up64(maps):
    return np.stack([cv2.resize(m, (64, 64), interpolation=cv2.INTER_LINEAR) for m in maps])


def report(name, maps, M, L, test):
    sc = maps[test].reshape(len(test), -1)
    img = np.sort(sc, 1)[:, -10:].mean(1)
    y = (L[test] != "good").astype(int)
    res = {"img": auroc(img, y)}
    has = (M[test].reshape(len(test), -1).max(1) > 0) | (y == 0)
    pm = up64(maps[test][has]) if maps.shape[-1] != 64 else maps[test][has]
    res["pix"] = auroc(pm.flatten(), M[test][has].flatten().astype(int))
    for t in sorted(set(L) - {"good"}):
        sel = (L[test] == t) | (L[test] == "good")
        res[t] = auroc(img[sel], (L[test][sel] != "good").astype(int))
    print(name, " ".join(f"{k}={v:.3f}" for k, v in res.items()), flush=True)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--fit", type=int, default=100)
    ap.add_argument("--ckpt", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "work", "checkpoint.pt"))
    ap.add_argument("--seed", type=int, default=0)
    a = ap.parse_args()
    torch.set_num_threads(1)
    model = DefectNet()
    ck = torch.load(a.ckpt)
    model.load_state_dict(ck["model"])
    model.eval()
    print("ckpt step", ck["step"])
    X, M, L = load(a.folder, 256)
    rng = np.random.default_rng(a.seed)
    good = np.where(L == "good")[0]
    fit = rng.choice(good, a.fit, replace=False)
    test = np.setdiff1d(np.arange(len(L)), fit)
    t = time.time()
    P, Fe = feats(model, X)
    print(f"forward {1000 * (time.time() - t) / len(X):.1f} ms/img")
    report("learned", smooth(P, 1.0), M, L, test)
    N, C, H, W = Fe.shape
    Ff = Fe[fit]
    # per-position mean, shared covariance
    mu = Ff.mean(0)
    D = (Ff - mu).transpose(0, 2, 3, 1).reshape(-1, C)
    cov = D.T @ D / len(D) + 0.01 * np.eye(C)
    ic = np.linalg.inv(cov)
    def maha(Fx, mu, ic):
        d = (Fx - mu).transpose(0, 2, 3, 1)
        return np.sqrt(np.einsum("nhwc,cd,nhwd->nhw", d, ic, d))
    A1 = maha(Fe, mu, ic)
    report("pos-mean/shared-cov", smooth(A1), M, L, test)
    # global mean and cov (shift invariant)
    G = Ff.transpose(0, 2, 3, 1).reshape(-1, C)
    gmu = G.mean(0)
    gcov = np.cov(G.T) + 0.01 * np.eye(C)
    A2 = maha(Fe, gmu[:, None, None], np.linalg.inv(gcov))
    report("global", smooth(A2), M, L, test)
    # per-position mean blurred over neighbours (shift-tolerant) + shared cov
    mub = np.stack([cv2.GaussianBlur(c, (0, 0), 3) for c in mu])
    D = (Ff - mub).transpose(0, 2, 3, 1).reshape(-1, C)
    cov3 = D.T @ D / len(D) + 0.01 * np.eye(C)
    A3 = maha(Fe, mub, np.linalg.inv(cov3))
    report("blurpos/shared-cov", smooth(A3), M, L, test)
    # combination: z-normalise by fit images' map statistics
    def z(A):
        f = A[fit]
        return (A - f.mean()) / (f.std() + 1e-6)
    P32 = np.stack([cv2.resize(p, (32, 32), interpolation=cv2.INTER_AREA) for p in P])
    Lg = np.log(P32 + 1e-4) - np.log(1 - P32 + 1e-4)
    for nm, A in [("comb pos", A1), ("comb global", A2), ("comb blur", A3)]:
        report(nm, smooth(z(A) + z(Lg)), M, L, test)


if __name__ == "__main__":
    main()
