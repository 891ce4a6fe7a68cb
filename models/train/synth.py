"""Procedural training data: textures and synthetic defects, generated on the fly.

Everything here is computed from a seeded numpy RNG; no external image is read.
A sample is (image HxWx3 float32 in [0,1], mask HxW float32 in {0,1}).
"""
import math

import cv2
import numpy as np


def _spectral_noise(rng, h, w, beta, ang, an):
    """Random-phase noise with a 1/f^beta spectrum, stretched by `an` across direction `ang`."""
    fy = np.fft.fftfreq(h)[:, None]
    fx = np.fft.rfftfreq(w)[None, :]
    u = fx * math.cos(ang) + fy * math.sin(ang)
    v = -fx * math.sin(ang) + fy * math.cos(ang)
    f = np.sqrt((u * an) ** 2 + v ** 2) + 1e-3
    spec = (rng.standard_normal(f.shape) + 1j * rng.standard_normal(f.shape)) / f ** (beta / 2)
    spec[0, 0] = 0
    return np.fft.irfft2(spec, s=(h, w))


def _fractal_noise(rng, h, w):
    """1/f^beta noise via FFT: covers smooth cloudy surfaces to grainy metal."""
    beta = rng.uniform(1.0, 3.2)
    # anisotropy gives brushed / rolled looks
    ang = rng.uniform(0, math.pi)
    an = rng.uniform(1.0, 6.0) if rng.random() < 0.35 else 1.0
    img = _spectral_noise(rng, h, w, beta, ang, an)
    img = (img - img.mean()) / (img.std() + 1e-6)
    return img.astype(np.float32)


def _periodic(rng, h, w):
    """Woven / machined / grid patterns: sums of a few sinusoids, optionally squared off."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    img = np.zeros((h, w), np.float32)
    for _ in range(rng.integers(1, 4)):
        ang = rng.uniform(0, math.pi)
        period = rng.uniform(3, 40)
        ph = rng.uniform(0, 2 * math.pi)
        s = np.sin((xx * math.cos(ang) + yy * math.sin(ang)) * 2 * math.pi / period + ph)
        if rng.random() < 0.3:
            s = np.sign(s)
        img += s * rng.uniform(0.3, 1.0)
    img += _fractal_noise(rng, h, w) * rng.uniform(0.05, 0.6)
    return (img - img.mean()) / (img.std() + 1e-6)


def _cells(rng, h, w):
    """Voronoi-like grains (castings, sintered parts, stone)."""
    n = int(rng.integers(8, 120))
    pts = rng.uniform(0, [h, w], size=(n, 2)).astype(np.float32)
    vals = rng.standard_normal(n).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = (yy[..., None] - pts[:, 0]) ** 2 + (xx[..., None] - pts[:, 1]) ** 2
    lab = d.argmin(-1)
    img = vals[lab]
    if rng.random() < 0.5:
        dd = np.sort(d, -1)
        edge = np.sqrt(dd[..., 1]) - np.sqrt(dd[..., 0])
        img = img + (edge < rng.uniform(0.8, 2.5)) * rng.uniform(-2, 2)
    img = cv2.GaussianBlur(img.astype(np.float32), (0, 0), rng.uniform(0.3, 1.5))
    img += _fractal_noise(rng, h, w) * rng.uniform(0.05, 0.5)
    return (img - img.mean()) / (img.std() + 1e-6)


def _smooth_shading(rng, h, w):
    """Normal illumination: gradients, vignetting, curved-part shading."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    yy /= h
    xx /= w
    ang = rng.uniform(0, 2 * math.pi)
    g = (xx - 0.5) * math.cos(ang) + (yy - 0.5) * math.sin(ang)
    s = g * rng.uniform(0, 1.5)
    cy, cx = rng.uniform(-0.2, 1.2, 2)
    s -= ((yy - cy) ** 2 + (xx - cx) ** 2) * rng.uniform(0, 1.5)
    return s


def _streaked(rng, h, w):
    """Ground, rolled or polished surfaces: strongly directional noise plus sparse parallel streaks."""
    ang = rng.uniform(0, math.pi)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    across = -xx * math.sin(ang) + yy * math.cos(ang)  # coordinate across the streak direction
    img = np.zeros((h, w), np.float32)
    span = float(np.abs(across).max()) + 1
    for _ in range(int(rng.integers(3, 30))):
        c = rng.uniform(-span, span)
        width = rng.uniform(0.4, 3.0)
        img += rng.normal(0, 1) * np.exp(-((across - c) ** 2) / (2 * width ** 2))
    # streaks fade in and out along their length
    along = xx * math.cos(ang) + yy * math.sin(ang)
    img *= 0.6 + 0.4 * np.sin(along * 2 * math.pi / rng.uniform(30, 200) + rng.uniform(0, 6.3))
    img = img / (img.std() + 1e-6) * rng.uniform(0.3, 1.0)
    # brushed noise along the same direction (anisotropy much stronger than in the fractal family)
    beta = rng.uniform(1.0, 2.5)
    n = _spectral_noise(rng, h, w, beta, ang, rng.uniform(8, 30)).astype(np.float32)
    img += n / (n.std() + 1e-6)
    return (img - img.mean()) / (img.std() + 1e-6)


def _arcs(rng, h, w):
    """Turned, lathed or curved parts: arcs around a centre that may lie far outside the image."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    a = rng.uniform(0, 2 * math.pi)
    dist = rng.uniform(0.3, 3.0) * max(h, w)
    cy, cx = h / 2 + dist * math.sin(a), w / 2 + dist * math.cos(a)
    r = np.sqrt((yy - cy) ** 2 + (xx - cx) ** 2)
    r = r + _fractal_noise(rng, h, w) * rng.uniform(0, 3)  # warped, not perfect circles
    period = rng.uniform(2.5, 30)
    img = np.sin(r * 2 * math.pi / period + rng.uniform(0, 6.3))
    if rng.random() < 0.5:  # irregular tool marks rather than a clean sinusoid
        img = img * (0.5 + np.abs(np.sin(r * 2 * math.pi / rng.uniform(20, 120))))
    img += _fractal_noise(rng, h, w) * rng.uniform(0.1, 0.8)
    return (img - img.mean()) / (img.std() + 1e-6)


def _strong_light(rng, h, w):
    """Strong, uneven illumination of shiny or curved parts: a specular band and a steep gradient."""
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    yy /= h
    xx /= w
    ang = rng.uniform(0, 2 * math.pi)
    g = (xx - 0.5) * math.cos(ang) + (yy - 0.5) * math.sin(ang)
    band = np.exp(-((g - rng.uniform(-0.6, 0.6)) ** 2) / (2 * rng.uniform(0.03, 0.3) ** 2))
    return band * rng.uniform(0.1, 0.45) + g * rng.uniform(-0.4, 0.4)


def texture(rng, h, w, hard=False):
    """Grey-level base texture with contrast, gamma and shading variation, mapped to RGB.

    hard=True adds streaked and arc (turned/curved) families and strong uneven lighting.
    """
    kind = rng.random()
    if not hard:  # the original mixture, draw for draw (reproduces the shipped 1.0.0 training data)
        t = _fractal_noise(rng, h, w) if kind < 0.45 else _periodic(rng, h, w) if kind < 0.7 else _cells(rng, h, w)
    elif kind < 0.35:
        t = _fractal_noise(rng, h, w)
    elif kind < 0.55:
        t = _periodic(rng, h, w)
    elif kind < 0.75:
        t = _cells(rng, h, w)
    elif kind < 0.9:
        t = _streaked(rng, h, w)
    else:
        t = _arcs(rng, h, w)
    if rng.random() < 0.3:  # mix two families
        t = t * 0.7 + _fractal_noise(rng, h, w) * 0.5
    contrast = rng.uniform(0.03, 0.22)
    base = rng.uniform(0.15, 0.8)
    img = base + contrast * t + _smooth_shading(rng, h, w) * rng.uniform(0, 0.25)
    if hard and rng.random() < 0.3:
        img = img + _strong_light(rng, h, w)
    if rng.random() < 0.5:  # sensor noise
        img += rng.standard_normal((h, w)).astype(np.float32) * rng.uniform(0, 0.03)
    img = np.clip(img, 0, 1).astype(np.float32)
    rgb = np.repeat(img[..., None], 3, -1)
    if rng.random() < 0.4:  # tinted colour surfaces; grey stays the common case (industrial cameras)
        tint = rng.uniform(0.6, 1.2, 3).astype(np.float32)
        rgb = np.clip(rgb * tint / tint.mean(), 0, 1)
    return rgb


def _perlin_mask(rng, h, w, cover):
    n = _fractal_noise(rng, h, w)
    n = cv2.GaussianBlur(n, (0, 0), rng.uniform(2, 6))
    thr = np.quantile(n, 1 - cover)
    return (n > thr).astype(np.float32)


def _polyline(rng, h, w, mask, thick, branchy):
    """Random walk crack/scratch."""
    y, x = rng.uniform(0, h), rng.uniform(0, w)
    ang = rng.uniform(0, 2 * math.pi)
    n = int(rng.integers(5, 40))
    step = rng.uniform(2, 8)
    curl = rng.uniform(0.05, 0.6)
    for _ in range(n):
        ang += rng.normal(0, curl)
        ny, nx = y + step * math.sin(ang), x + step * math.cos(ang)
        cv2.line(mask, (int(x), int(y)), (int(nx), int(ny)), 1.0, int(thick))
        if branchy and rng.random() < 0.06:
            _polyline(rng, h, w, mask, max(1, thick - 1), False)
        y, x = ny, nx


def defect(rng, img, hard=False):
    """Paste one synthetic defect; returns (image, mask). Mask marks changed pixels."""
    h, w, _ = img.shape
    out = img.copy()
    mask = np.zeros((h, w), np.float32)
    kind = rng.random()
    grey = out.mean(-1)
    local_std = float(grey.std()) + 0.02
    # contrast relative to the texture so some defects are subtle
    amp = rng.uniform(0.5, 4.0) * local_std * (1 if rng.random() < 0.5 else -1)
    if kind < 0.22:  # crack / scratch
        _polyline(rng, h, w, mask, int(rng.integers(1, 4)), True)
        soft = cv2.GaussianBlur(mask, (0, 0), rng.uniform(0.3, 1.0))
        out = out + amp * soft[..., None]
        mask = (soft > 0.25).astype(np.float32)
    elif kind < 0.42:  # pit / blowhole / spot
        for _ in range(int(rng.integers(1, 4))):
            cy, cx = rng.uniform(0, h), rng.uniform(0, w)
            ry, rx = rng.uniform(1.5, 14, 2)
            cv2.ellipse(mask, (int(cx), int(cy)), (int(rx), int(ry)), rng.uniform(0, 180), 0, 360, 1.0, -1)
        soft = cv2.GaussianBlur(mask, (0, 0), rng.uniform(0.5, 2.0))
        inner = amp * soft
        if rng.random() < 0.4:  # rim highlight
            ring = cv2.GaussianBlur(mask, (0, 0), 3.0) - soft
            inner = inner - 0.6 * amp * np.clip(ring, 0, 1)
        out = out + inner[..., None]
        mask = (soft > 0.3).astype(np.float32)
    elif kind < 0.55:  # stain / uneven brightness (smooth, low frequency)
        m = _perlin_mask(rng, h, w, rng.uniform(0.03, 0.25))
        soft = cv2.GaussianBlur(m, (0, 0), rng.uniform(2, 8))
        out = out + amp * 0.8 * soft[..., None]
        if rng.random() < 0.3:
            tint = rng.uniform(-0.15, 0.15, 3).astype(np.float32)
            out = out + tint * soft[..., None]
        mask = (soft > 0.35).astype(np.float32)
    elif kind < 0.70:  # foreign texture patch (DRAEM-style)
        m = _perlin_mask(rng, h, w, rng.uniform(0.02, 0.2))
        other = texture(rng, h, w, hard)
        beta = rng.uniform(0.3, 1.0)
        out = out * (1 - beta * m[..., None]) + other * beta * m[..., None]
        mask = m
    elif kind < 0.85:  # chip / break / missing material at an edge or inside
        pts = []
        side = int(rng.integers(0, 4))
        c = rng.uniform(0.1, 0.9)
        size = rng.uniform(8, 40)
        for k in range(int(rng.integers(3, 7))):
            a = rng.uniform(0, 2 * math.pi)
            r = size * rng.uniform(0.4, 1.0)
            base = [(c * w, 0), (w, c * h), (c * w, h), (0, c * h)][side]
            if rng.random() < 0.3:
                base = (rng.uniform(0, w), rng.uniform(0, h))
            pts.append((base[0] + r * math.cos(a), base[1] + r * math.sin(a)))
        cv2.fillPoly(mask, [np.array(pts, np.int32)], 1.0)
        fill = rng.uniform(0, 1) if rng.random() < 0.6 else float(grey.mean()) + amp * 2
        noise = rng.standard_normal((h, w)).astype(np.float32) * 0.02
        out = out * (1 - mask[..., None]) + np.clip(fill + noise, 0, 1)[..., None] * mask[..., None]
    else:  # fray / local blur or roughness change
        m = _perlin_mask(rng, h, w, rng.uniform(0.03, 0.2))
        if rng.random() < 0.5:
            blurred = cv2.GaussianBlur(out, (0, 0), rng.uniform(1.5, 4))
            out = out * (1 - m[..., None]) + blurred * m[..., None]
        else:
            rough = rng.standard_normal((h, w)).astype(np.float32) * abs(amp) * 0.8
            rough = cv2.GaussianBlur(rough, (0, 0), 0.7)
            out = out + (rough * m)[..., None]
        mask = m
    # a change too faint to see is not a defect: keep label only where the image really changed
    diff = cv2.GaussianBlur(np.abs(out - img).mean(-1), (0, 0), 1.5)
    mask = mask * (diff > 0.008)
    return np.clip(out, 0, 1).astype(np.float32), mask.astype(np.float32)


def second_view(rng, img, blur=True):
    """The same surface seen again: another gamma, sensor noise, focus and a slight tint.

    Used by the self-supervised objective (features of the two views should agree cell by cell).
    Gain and offset are not varied: the network standardises each image, so they are invisible.
    blur=False keeps focus unchanged (invariance to blur is invariance to what a hairline crack looks
    like); the blur's random draws are still taken, so every other draw matches the blur=True view.
    """
    out = np.clip(img, 0, 1) ** rng.uniform(0.7, 1.4)
    if rng.random() < 0.3:
        sigma = rng.uniform(0.3, 0.9)
        if blur:
            out = cv2.GaussianBlur(out, (0, 0), sigma)
    out = out + rng.standard_normal(out.shape[:2]).astype(np.float32)[..., None] * rng.uniform(0, 0.03)
    if rng.random() < 0.3:
        out = out * rng.uniform(0.9, 1.1, 3).astype(np.float32)
    return np.clip(out, 0, 1).astype(np.float32)


def sample(rng, size, p_defect=0.6, hard=False):
    img = texture(rng, size, size, hard)
    if rng.random() < p_defect:
        img, m = defect(rng, img, hard)
        if rng.random() < 0.25:
            img, m2 = defect(rng, img, hard)
            m = np.maximum(m, m2)
    else:
        m = np.zeros((size, size), np.float32)
    return img, m
