"""Small fully convolutional defect segmenter whose encoder features are reused for per-product fitting."""
import torch
import torch.nn as nn
import torch.nn.functional as F


def cbr(i, o, s=1, d=1, k=3):
    return nn.Sequential(nn.Conv2d(i, o, k, s, padding=d * (k // 2), dilation=d, bias=False), nn.BatchNorm2d(o), nn.ReLU(inplace=True))


class DefectNet(nn.Module):
    """Input: RGB float [N,3,H,W] in [0,1] (H, W multiples of 16).

    The graph normalises each image by its own mean/std first, so exposure and gain differences
    between cameras do not shift the features. Outputs:
      defect_logits [N,1,H/4,W/4]  class-agnostic defect evidence (sigmoid = probability)
      feat_s4 [N,32,H/4,W/4], feat_s8 [N,64,H/8,W/8], feat_s16 [N,96,H/16,W/16]  encoder features
    """

    def __init__(self, width=1.0):
        super().__init__()
        # width scales the encoder's channels (training option --width; 1.0 = the shipped 24/32/64/96);
        # the decoder keeps its 48/24 channels, it is training-only
        c2, c4, c8, c16 = (int(round(c * width)) for c in (24, 32, 64, 96))
        self.stem = cbr(3, c2, 2)
        self.b4 = nn.Sequential(cbr(c2, c4, 2), cbr(c4, c4))
        self.b8 = nn.Sequential(cbr(c4, c8, 2), cbr(c8, c8))
        self.b16 = nn.Sequential(cbr(c8, c16, 2), cbr(c16, c16, d=2))
        self.d8 = nn.Sequential(cbr(c8 + c16, 48, k=1), cbr(48, 48))
        self.d4 = nn.Sequential(cbr(c4 + 48, 24, k=1), cbr(24, 24))
        self.head = nn.Conv2d(24, 1, 1)

    def encode(self, x):
        m = x.mean(dim=(1, 2, 3), keepdim=True)
        s = x.std(dim=(1, 2, 3), keepdim=True) + 0.02
        x = (x - m) / s
        f2 = self.stem(x)
        f4 = self.b4(f2)
        f8 = self.b8(f4)
        return f2, f4, f8, self.b16(f8)

    def forward(self, x):
        _, f4, f8, f16 = self.encode(x)
        u8 = self.d8(torch.cat([f8, F.interpolate(f16, scale_factor=2.0, mode="bilinear", align_corners=False)], 1))
        u4 = self.d4(torch.cat([f4, F.interpolate(u8, scale_factor=2.0, mode="bilinear", align_corners=False)], 1))
        return self.head(u4), f4, f8, f16


def _gabor(ksize, lam, theta):
    """Real, zero-mean Gabor kernel (sigma = lam/2, aspect 0.5), as in OpenCV's getGaborKernel."""
    import math

    sigma, gamma = lam * 0.5, 0.5
    half = ksize // 2
    ys, xs = torch.meshgrid(torch.arange(-half, half + 1.0), torch.arange(-half, half + 1.0), indexing="ij")
    xr = xs * math.cos(theta) + ys * math.sin(theta)
    yr = -xs * math.sin(theta) + ys * math.cos(theta)
    k = torch.exp(-(xr ** 2 + gamma ** 2 * yr ** 2) / (2 * sigma ** 2)) * torch.cos(2 * math.pi * xr / lam)
    return k - k.mean()


class TextureBank(nn.Module):
    """Fixed (untrained) Gabor filter bank: 4 orientations x 3 wavelengths, plus local brightness.

    Works on the grey, per-image standardised input; magnitudes are average-pooled to the stride-8
    grid. It complements the learned features on thin cracks and large, low-contrast regions (see
    models/README.md for the figures).
    pyramid=False (1.0.0): wavelengths 4 and 8 px at 1/2 resolution (11x11 and 21x21 kernels) and 8 px at
    1/4 resolution. pyramid=True (1.1.0): the same 11x11, wavelength-4 kernel at 1/2, 1/4 and 1/8
    resolution (box-filtered pyramid), i.e. wavelengths 4, 8, 16 px at 1/2 resolution as before, for a
    quarter of the multiply-adds.
    """

    def __init__(self, pyramid=False):
        super().__init__()
        import math

        self.pyramid = pyramid
        th = [i * math.pi / 4 for i in range(4)]
        self.register_buffer("k4", torch.stack([_gabor(11, 4, t) for t in th])[:, None])
        if not pyramid:
            self.register_buffer("k8", torch.stack([_gabor(21, 8, t) for t in th])[:, None])

    def forward(self, x):
        g = x.mean(1, keepdim=True)
        g = (g - g.mean(dim=(2, 3), keepdim=True)) / (g.std(dim=(2, 3), keepdim=True) + 0.02)
        h = F.avg_pool2d(g, 2)
        q = F.avg_pool2d(h, 2)
        r4 = F.conv2d(h, self.k4, padding=5).abs()
        if self.pyramid:
            e = F.avg_pool2d(q, 2)
            r8 = F.conv2d(q, self.k4, padding=5).abs()
            r16 = F.conv2d(e, self.k4, padding=5).abs()
            out = [F.avg_pool2d(r4, 4), F.avg_pool2d(r8, 2), r16, F.avg_pool2d(h, 4)]
        else:
            r8 = F.conv2d(h, self.k8, padding=10).abs()
            r16 = F.conv2d(q, self.k8, padding=10).abs()  # lambda 8 at 1/4 res = lambda 16 at 1/2 res
            out = [F.avg_pool2d(r4, 4), F.avg_pool2d(r8, 4), F.avg_pool2d(r16, 2), F.avg_pool2d(h, 4)]
        return torch.cat(out, 1)


class ExportNet(nn.Module):
    """What ships: the trained DefectNet's encoder features plus the fixed texture bank.

    The defect-segmentation decoder is a training objective only: its map did not transfer to real
    parts (models/README.md) and cost a quarter of the backbone's time in the app, so 1.1.0 leaves it out.
    """

    def __init__(self, net, pyramid=True):
        super().__init__()
        self.net = net
        self.tex = TextureBank(pyramid)

    def forward(self, x):
        _, f4, f8, f16 = self.net.encode(x)
        return f4, f8, f16, self.tex(x)


def cell_descriptor(f4, f8, f16):
    """The per-cell descriptor the app fits on (src/core/vision/features.ts patchGrid), stride 8."""
    up = F.interpolate(f16, scale_factor=2.0, mode="bilinear", align_corners=False)
    return torch.cat([F.avg_pool2d(f4, 2), f8, up], 1)


class CellProjector(nn.Module):
    """Training-only head of the self-supervised objective (not exported): 192-d cell -> 256-d."""

    def __init__(self, dims=192, out=256):
        super().__init__()
        self.net = nn.Sequential(nn.Conv2d(dims, out, 1, bias=False), nn.BatchNorm2d(out), nn.ReLU(inplace=True), nn.Conv2d(out, out, 1))

    def forward(self, f4, f8, f16):
        z = self.net(cell_descriptor(f4, f8, f16))
        return z.permute(0, 2, 3, 1).reshape(-1, z.shape[1])


def vicreg(z1, z2):
    """VICReg (Bardes et al. 2022) on cells: two views agree, every dimension varies, dimensions decorrelate.

    Scaled so the invariance term has weight 1 (the paper's 25 : 25 : 1).
    """
    inv = F.mse_loss(z1, z2)
    var = 0.0
    cov = 0.0
    for z in (z1, z2):
        z = z - z.mean(0)
        std = torch.sqrt(z.var(0) + 1e-4)
        var = var + F.relu(1 - std).mean()
        c = (z.T @ z) / (z.shape[0] - 1)
        off = c - torch.diag(torch.diag(c))
        cov = cov + (off ** 2).sum() / z.shape[1]
    return inv + var + cov / 25, {"inv": inv.item(), "var": float(var), "cov": float(cov)}


class CellPredictor(nn.Module):
    """Training-only head of the masked-cell objective (not exported): a cell's descriptor from its 3x3 ring.

    The 3x3 convolution's centre tap is zeroed, so the prediction sees the eight neighbours only.
    Valid convolution: on an HxW grid it predicts the (H-2)x(W-2) interior cells.
    """

    def __init__(self, dims=192, hidden=256, block=1):
        super().__init__()
        # block: side of the masked square of cells around the target (1 = the centre only, a 3x3 ring);
        # the ring is the one-cell border around it, a (block+2)^2 valid convolution
        k = block + 2
        self.ring = nn.Conv2d(dims, hidden, k, bias=False)
        ring = torch.ones(1, 1, k, k)
        ring[..., 1:-1, 1:-1] = 0
        self.register_buffer("ring_mask", ring)
        self.net = nn.Sequential(nn.BatchNorm2d(hidden), nn.ReLU(inplace=True), nn.Conv2d(hidden, dims, 1))

    def forward(self, d):
        return self.net(F.conv2d(d, self.ring.weight * self.ring_mask))


def masked_cell(pred, d, mask):
    """Masked-cell objective: every normal cell's descriptor should follow from its eight neighbours'.

    d [N,192,H,W] cell descriptors (cell_descriptor), mask [N,1,8H,8W] synthetic defect mask. Each
    image's descriptors are standardised per channel over its own cells (an anomaly is a cell that
    differs from its surroundings, not from other images); the centre target carries no gradient, and
    only cells whose 3x3 window holds no defect pixel count. Against the trivial solution (spatially
    flat features, perfectly predictable) VICReg's variance and covariance terms act on the image-centred
    descriptors: every dimension must vary within an image, and dimensions decorrelate.
    """
    c = d - d.mean(dim=(2, 3), keepdim=True)
    s = c / (c.std(dim=(2, 3), keepdim=True) + 1e-3)
    k = pred.ring.kernel_size[0]  # 3, or block + 2 (--mask-block)
    h = k // 2
    err = ((pred(s) - s[:, :, h:-h, h:-h].detach()) ** 2).mean(1, keepdim=True)
    hit = F.max_pool2d(F.max_pool2d(mask, 8), k, 1)  # any defect pixel in the cell's kxk window
    ok = (hit == 0).float()
    pred_loss = (err * ok).sum() / (ok.sum() + 1)
    z = c.permute(0, 2, 3, 1).reshape(-1, c.shape[1])
    std = torch.sqrt(z.var(0) + 1e-4)
    var = F.relu(1 - std).mean()
    cv = (z.T @ z) / (z.shape[0] - 1)
    cov = ((cv - torch.diag(torch.diag(cv))) ** 2).sum() / z.shape[1]
    return pred_loss + var + cov / 25, {"pred": pred_loss.item(), "mvar": var.item(), "mcov": cov.item()}
