"""Train the Gongzhi defect backbone on procedurally generated data and export it to ONNX.

One command (from the repository root, Debian python3-torch 1.13):
    /usr/bin/python3 models/train/train.py --out models/
It generates every training image on the fly (models/train/synth.py), checkpoints to
models/train/work/ every few minutes (re-running resumes), exports models/<name>.onnx and writes
models/manifest.json. No external data and no pretrained weights are used.
Use --export-only to export the latest checkpoint without training further.
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import export  # noqa: E402
import synth  # noqa: E402
from net import CellPredictor, CellProjector, DefectNet, cell_descriptor, masked_cell, vicreg  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def batch(seed, step, n, size, hard=False):
    # one RNG per step: a resumed run sees exactly the batches an uninterrupted one would
    rng = np.random.default_rng([seed, step])
    xs, ms = zip(*(synth.sample(rng, size, hard=hard) for _ in range(n)))
    x = torch.from_numpy(np.stack(xs)).permute(0, 3, 1, 2).contiguous()
    m = torch.from_numpy(np.stack(ms))[:, None]
    return x, m


def two_view_batch(seed, step, n, size, hard, blur=True):
    """The step's batch plus a second view of every image (its own RNG, so the first view is unchanged)."""
    x, m = batch(seed, step, n, size, hard)
    rng = np.random.default_rng([seed, step, 2])
    x2 = np.stack([synth.second_view(rng, img, blur) for img in x.permute(0, 2, 3, 1).numpy()])
    return x, torch.from_numpy(x2).permute(0, 3, 1, 2).contiguous(), m


class Steps(torch.utils.data.Dataset):
    """Batches by step number, so DataLoader workers (GPU runs) produce exactly the serial batches."""

    def __init__(self, args, first):
        self.args, self.first = args, first

    def __len__(self):
        return self.args.steps - self.first

    def __getitem__(self, i):
        cv2_threads_off()
        a = self.args
        if a.ssl_weight <= 0:
            x, m = batch(a.seed, self.first + i, a.batch, a.size, a.hard_textures)
            return x, x[:0], m
        return two_view_batch(a.seed, self.first + i, a.batch, a.size, a.hard_textures, not a.views_without_blur)


def cv2_threads_off():
    import cv2

    cv2.setNumThreads(1)


def loss_fn(logits, mask):
    target = F.avg_pool2d(mask, 4)  # soft coverage per output cell
    bce = F.binary_cross_entropy_with_logits(logits, target, pos_weight=torch.tensor(3.0, device=logits.device))
    p = torch.sigmoid(logits)
    inter = (p * target).sum()
    dice = 1 - (2 * inter + 1) / (p.sum() + target.sum() + 1)
    return bce + 0.5 * dice


def auroc(scores, labels):
    order = np.argsort(scores, kind="mergesort")
    s, y = scores[order], labels[order]
    ranks = np.empty(len(s))
    i = 0
    while i < len(s):  # average ranks for ties
        j = i
        while j + 1 < len(s) and s[j + 1] == s[i]:
            j += 1
        ranks[i:j + 1] = (i + j) / 2 + 1
        i = j + 1
    npos = y.sum()
    nneg = len(y) - npos
    return float((ranks[y == 1].sum() - npos * (npos + 1) / 2) / (npos * nneg))


@torch.no_grad()
def validate(model, seed, n=96, size=128):
    model.eval()
    x, m = batch(seed + 7777, 0, n, size)
    logits = model(x.to(next(model.parameters()).device))[0].cpu()
    target = (F.avg_pool2d(m, 4) > 0.5).float()
    pix = auroc(logits.flatten().numpy(), target.flatten().numpy().astype(int))
    img_score = logits.amax(dim=(1, 2, 3)).numpy()
    img_lab = (m.amax(dim=(1, 2, 3)) > 0).numpy().astype(int)
    model.train()
    return {"synthetic_val_pixel_auroc": round(pix, 4), "synthetic_val_image_auroc": round(auroc(img_score, img_lab), 4)}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default="models/")
    ap.add_argument("--steps", type=int, default=6000)
    ap.add_argument("--batch", type=int, default=24)
    ap.add_argument("--size", type=int, default=128)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--seed", type=int, default=1234)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--checkpoint-minutes", type=float, default=3.0)
    ap.add_argument("--work", default=os.path.join(HERE, "work"))
    ap.add_argument("--export-only", action="store_true")
    ap.add_argument("--texture", choices=["pyramid", "full"], default="pyramid",
                    help="exported texture bank: pyramid (1.1.0) or full-resolution 21x21 kernels (1.0.0)")
    ap.add_argument("--hard-textures", action="store_true",
                    help="add streaked, arc and strongly lit normal surfaces to the generated textures")
    ap.add_argument("--ssl-weight", type=float, default=0.0,
                    help="weight of the self-supervised cell objective (VICReg between two views); 0 = segmentation only")
    ap.add_argument("--views-without-blur", action="store_true",
                    help="with --ssl-weight: the second view keeps the first's focus (gamma, noise and tint only)")
    ap.add_argument("--mask-weight", type=float, default=0.0,
                    help="weight of the masked-cell objective (a normal cell's descriptor predicted from its 3x3 ring); 0 = off")
    ap.add_argument("--mask-fine", action="store_true",
                    help="with --mask-weight: the objective sees only the stride-4/8 part of the descriptor (not the interpolated stride-16 part)")
    ap.add_argument("--mask-block", type=int, default=1,
                    help="with --mask-weight: side of the masked block of cells (odd; 1 = predict a cell from its 3x3 ring)")
    ap.add_argument("--width", type=float, default=1.0, help="encoder channel multiplier (1.0 = the shipped 24/32/64/96)")
    ap.add_argument("--device", default="cpu", help="cpu (the documented run) or cuda")
    ap.add_argument("--loader-workers", type=int, default=0, help="processes generating batches (0: in the training loop)")
    args = ap.parse_args()

    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    os.makedirs(args.work, exist_ok=True)
    ckpt_path = os.path.join(args.work, "checkpoint.pt")
    dev = torch.device(args.device)
    model = DefectNet(args.width).to(dev)
    widths = [int(round(c * args.width)) for c in (32, 64, 96)]  # feat_s4, feat_s8, feat_s16 channels
    fine = widths[0] + widths[1]
    proj = CellProjector(sum(widths)).to(dev)
    params = list(model.parameters()) + list(proj.parameters())
    if args.mask_weight > 0:  # created after the others, so the default run's initial weights are unchanged
        pred = CellPredictor(fine if args.mask_fine else sum(widths), block=args.mask_block).to(dev)
        params += list(pred.parameters())
    opt = torch.optim.AdamW(params, lr=args.lr, weight_decay=1e-4)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=args.lr, total_steps=args.steps, pct_start=0.05)
    step = 0
    ck = {}
    if os.path.exists(ckpt_path):
        ck = torch.load(ckpt_path, map_location=dev)
        model.load_state_dict(ck["model"])
        if "proj" in ck:
            proj.load_state_dict(ck["proj"])
        if "pred" in ck and args.mask_weight > 0:
            pred.load_state_dict(ck["pred"])
        if "opt" not in ck:  # recovered from an exported model (from_onnx.py): weights only
            if not args.export_only:
                raise SystemExit(f"{ckpt_path} holds weights only (from {ck.get('from_onnx')}); use --export-only")
            ck["opt"], ck["sched"] = opt.state_dict(), sched.state_dict()
        opt.load_state_dict(ck["opt"])
        step = ck["step"]
        if ck["sched"].get("total_steps") == args.steps:
            sched.load_state_dict(ck["sched"])
        else:  # resumed with a different --steps: continue on the new schedule from this step
            for _ in range(step):
                sched.step()
        print(f"resumed at step {step}", flush=True)

    def save():
        state = {"model": model.state_dict(), "proj": proj.state_dict(), "opt": opt.state_dict(), "sched": sched.state_dict(), "step": step,
                 "args": vars(args)}
        if args.mask_weight > 0:
            state["pred"] = pred.state_dict()
        torch.save(state, ckpt_path + ".tmp")
        os.replace(ckpt_path + ".tmp", ckpt_path)

    t0 = time.time()
    last_ck = time.time()
    run_loss = None
    model.train()
    par = {"num_workers": args.loader_workers, "prefetch_factor": 4, "persistent_workers": True} if args.loader_workers else {}
    loader = torch.utils.data.DataLoader(Steps(args, step), batch_size=None, **par)
    batches = iter(loader)
    while not args.export_only and step < args.steps:
        x, x2, m = (t.to(dev, non_blocking=True) for t in next(batches))
        logits, f4, f8, f16 = model(torch.cat([x, x2]))
        loss = loss_fn(logits, torch.cat([m, m]) if len(x2) else m)  # both views share the defect mask
        if args.ssl_weight > 0:  # x2 is empty otherwise
            z = proj(f4, f8, f16)
            ssl, parts = vicreg(*z.chunk(2))
            loss = loss + args.ssl_weight * ssl
        if args.mask_weight > 0:  # on the first view only
            d = cell_descriptor(f4[:len(x)], f8[:len(x)], f16[:len(x)])
            mc, mparts = masked_cell(pred, d[:, :fine] if args.mask_fine else d, m)
            loss = loss + args.mask_weight * mc
            parts = {**(parts if args.ssl_weight > 0 else {}), **mparts}
        opt.zero_grad()
        loss.backward()
        opt.step()
        sched.step()
        step += 1
        run_loss = loss.item() if run_loss is None else 0.98 * run_loss + 0.02 * loss.item()
        if step % 100 == 0:
            extra = " ".join(f"{k} {v:.3f}" for k, v in parts.items()) if args.ssl_weight > 0 or args.mask_weight > 0 else ""
            print(f"step {step} loss {run_loss:.4f} {extra} {time.time() - t0:.0f}s", flush=True)
        if step % 1000 == 0:
            print("val", validate(model, args.seed), flush=True)
        if time.time() - last_ck > args.checkpoint_minutes * 60:
            save()
            last_ck = time.time()
    if not args.export_only:
        save()
    model = model.cpu()
    metrics = validate(model, args.seed)
    print("final val", metrics, flush=True)
    metrics["train_steps"] = step
    derived = None
    if "from_onnx" in ck:  # keep the recovered model's training record (see export.export)
        with open(os.path.join(args.out, "manifest.json")) as f:
            src = [m for m in json.load(f)["models"] if m["file"] == ck["from_onnx"]]
        derived = (ck["from_onnx"], src[0]) if src else None
    export.export(model, args.out, metrics, vars(args), pyramid=args.texture == "pyramid", derived_from=derived)


if __name__ == "__main__":
    main()
