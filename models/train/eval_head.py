"""Harness variant: per-image feature normalisation and an in-app style logistic head fitted on the
fit images plus synthetic defects pasted onto them (evaluation only)."""
import os
import sys

import cv2
import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import synth  # noqa: E402
from eval_dev import feats, load, report, smooth  # noqa: E402
from net import DefectNet  # noqa: E402

folder = sys.argv[1]
torch.set_num_threads(1)
model = DefectNet()
ck = torch.load(os.path.join(os.path.dirname(os.path.abspath(__file__)), "work", "checkpoint.pt"))
model.load_state_dict(ck["model"])
model.eval()
print("step", ck["step"])
X, M, L = load(folder, 256)
rng = np.random.default_rng(0)
good = np.where(L == "good")[0]
fit = rng.choice(good, 100, replace=False)
test = np.setdiff1d(np.arange(len(L)), fit)
P, Fe = feats(model, X)
N, C, H, W = Fe.shape
lg = np.log(P + 1e-4) - np.log(1 - P + 1e-4)
L32 = np.stack([cv2.resize(p, (32, 32), interpolation=cv2.INTER_AREA) for p in lg])


def gauss(Fx, fitidx):
    mu = Fx[fitidx].mean(0)
    D = (Fx[fitidx] - mu).transpose(0, 2, 3, 1).reshape(-1, C)
    ic = np.linalg.inv(D.T @ D / len(D) + 0.01 * np.eye(C))
    d = (Fx - mu).transpose(0, 2, 3, 1)
    return np.sqrt(np.einsum("nhwc,cd,nhwd->nhw", d, ic, d))


A = gauss(Fe, fit)
report("pos", smooth(A), M, L, test)
Fn = Fe - Fe.mean(axis=(2, 3), keepdims=True)
An = gauss(Fn, fit)
report("pos-imgnorm", smooth(An), M, L, test)
Fs = Fn / (Fe.std(axis=(2, 3), keepdims=True) + 1e-3)
report("pos-imgstd", smooth(gauss(Fs, fit)), M, L, test)

# head: synthetic defects pasted on the fit images
Xa, Ma = [], []
r2 = np.random.default_rng(5)
for i in fit:
    for _ in range(2):
        im, m = synth.defect(r2, X[i])
        Xa.append(im)
        Ma.append(cv2.resize(m, (32, 32), interpolation=cv2.INTER_AREA))
Xa = np.stack(Xa)
Ma = np.stack(Ma)
Pa, Fa = feats(model, Xa)
lga = np.log(Pa + 1e-4) - np.log(1 - Pa + 1e-4)
La32 = np.stack([cv2.resize(p, (32, 32), interpolation=cv2.INTER_AREA) for p in lga])
mu = Fe[fit].mean(0)


def cellfeat(Fx, Lx):
    r = Fx - mu  # residual from per-position good mean
    return np.concatenate([r.transpose(0, 2, 3, 1), np.abs(r).transpose(0, 2, 3, 1), Lx[..., None]], -1)


Xg = cellfeat(Fe[fit], L32[fit]).reshape(-1, 2 * C + 1)
yg = np.zeros(len(Xg))
Xd = cellfeat(Fa, La32).reshape(-1, 2 * C + 1)
yd = (Ma.reshape(-1) > 0.5).astype(float)
keep = (Ma.reshape(-1) > 0.5) | (Ma.reshape(-1) == 0)
Xt = torch.tensor(np.concatenate([Xg, Xd[keep]]), dtype=torch.float32)
yt = torch.tensor(np.concatenate([yg, yd[keep]]), dtype=torch.float32)
sc = Xt.std(0) + 1e-3
lin = torch.nn.Linear(Xt.shape[1], 1)
opt = torch.optim.Adam(lin.parameters(), 1e-2, weight_decay=1e-4)
pw = torch.tensor((yt == 0).sum() / (yt == 1).sum())
for ep in range(200):
    idx = torch.randint(0, len(Xt), (8192,))
    loss = F.binary_cross_entropy_with_logits(lin(Xt[idx] / sc)[:, 0], yt[idx], pos_weight=pw)
    opt.zero_grad()
    loss.backward()
    opt.step()
with torch.no_grad():
    H_ = lin(torch.tensor(cellfeat(Fe, L32), dtype=torch.float32) / sc)[..., 0].numpy()
report("head", smooth(H_), M, L, test)
z = lambda a: (a - a[fit].mean()) / (a[fit].std() + 1e-6)  # noqa: E731
report("head+pos", smooth(z(H_) + z(A)), M, L, test)
report("pos+learned", smooth(z(A) + z(L32)), M, L, test)
report("learned", smooth(L32), M, L, test)
