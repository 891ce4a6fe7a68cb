"""Copy the figures of an `npm run eval:vision -- <folder> --json` run into models/manifest.json.

    npm run -s eval:vision -- ../shared/datasets/magnetic-tile-dev --json > /tmp/eval.json
    /usr/bin/python3 models/train/record_eval.py /tmp/eval.json --key magnetic_tile_dev
Only the measured figures are recorded; the evaluation images never enter the repository.
"""
import argparse
import json

ap = argparse.ArgumentParser()
ap.add_argument("eval_json")
ap.add_argument("--key", default="magnetic_tile_dev")
ap.add_argument("--manifest", default="models/manifest.json")
a = ap.parse_args()
r = json.load(open(a.eval_json))
fig = {
    "command": f"npm run eval:vision -- <folder> (fit {r['images']['fit']}, seed default)",
    "image_auroc": round(r["imageAuroc"], 4),
    "pixel_auroc": None if r["pixelAuroc"] is None else round(r["pixelAuroc"], 4),
    "per_type_auroc": {k: round(v["auroc"], 4) for k, v in r["perType"].items()},
    "f1_best": {k: round(v, 4) for k, v in r["bestF1"].items()},
    "auto_threshold": {k: round(v, 4) for k, v in r["autoThreshold"].items()},
    "few_shot_accuracy": None if r["fewShot"]["accuracy"] is None else round(r["fewShot"]["accuracy"], 4),
    "few_shot_shots": r["fewShot"]["shots"],
    "fit_seconds": round(r["fitSeconds"], 2),
    "ms_per_image": round(r["msPerImage"], 1),
}
m = json.load(open(a.manifest))
for e in m["models"]:
    if e["name"] == "gz-defect-backbone":
        e.setdefault("metrics", {})[a.key] = fig
json.dump(m, open(a.manifest, "w"), indent=2)
open(a.manifest, "a").write("\n")
print(json.dumps(fig, indent=2))
