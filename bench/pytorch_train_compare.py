#!/usr/bin/python3
"""PyTorch reference for `concierge bench train`: the same GPT-2 shapes, batch and optimizer, on the CPU.

Runs a random-weight GPT-2 (tied embedding, GELU-tanh MLP, pre-LayerNorm, causal attention, no dropout)
for a few AdamW steps of 8 sequences x 128 tokens and prints tokens/s, so the ONNX Runtime trainer's figure
can be compared side by side on the same machine.

Set-up (Debian):  apt-get install python3-torch libopenblas0-pthread
Run:              env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE /usr/bin/python3 bench/pytorch_train_compare.py [--json]
                  [--shapes distilgpt2,gpt2] [--steps 6] [--threads 2]
Compare with:     npx concierge bench train --json
"""
import argparse
import json
import math
import resource
import time

import torch
import torch.nn as nn
import torch.nn.functional as F

SHAPES = {
    "distilgpt2": dict(n_layer=6, n_head=12, n_embd=768),
    "gpt2": dict(n_layer=12, n_head=12, n_embd=768),
}
VOCAB = 50257
CONTEXT = 1024


def causal_attention(q, k, v):  # q, k, v: (B, H, T, D)
    # Written out: Debian's torch 1.13 predates F.scaled_dot_product_attention.
    T = q.shape[2]
    scores = (q @ k.transpose(-2, -1)) / math.sqrt(q.shape[-1])  # (B, H, T, T)
    mask = torch.ones(T, T, dtype=torch.bool).triu(1)
    return scores.masked_fill(mask, float("-inf")).softmax(dim=-1) @ v


class Block(nn.Module):
    def __init__(self, n_head, n_embd):
        super().__init__()
        self.n_head = n_head
        self.ln_1 = nn.LayerNorm(n_embd)
        self.c_attn = nn.Linear(n_embd, 3 * n_embd)
        self.attn_proj = nn.Linear(n_embd, n_embd)
        self.ln_2 = nn.LayerNorm(n_embd)
        self.c_fc = nn.Linear(n_embd, 4 * n_embd)
        self.mlp_proj = nn.Linear(4 * n_embd, n_embd)

    def forward(self, x):  # x: (B, T, C)
        B, T, C = x.shape
        q, k, v = self.c_attn(self.ln_1(x)).split(C, dim=2)
        q, k, v = (t.view(B, T, self.n_head, C // self.n_head).transpose(1, 2) for t in (q, k, v))  # (B, H, T, D)
        y = causal_attention(q, k, v)
        x = x + self.attn_proj(y.transpose(1, 2).reshape(B, T, C))
        return x + self.mlp_proj(F.gelu(self.c_fc(self.ln_2(x)), approximate="tanh"))


class Gpt2(nn.Module):
    def __init__(self, n_layer, n_head, n_embd):
        super().__init__()
        self.wte = nn.Embedding(VOCAB, n_embd)
        self.wpe = nn.Embedding(CONTEXT, n_embd)
        self.h = nn.ModuleList(Block(n_head, n_embd) for _ in range(n_layer))
        self.ln_f = nn.LayerNorm(n_embd)
        for p in self.parameters():
            if p.dim() >= 2:
                nn.init.normal_(p, std=0.02)

    def forward(self, idx, targets, mask):  # idx, targets, mask: (B, T)
        x = self.wte(idx) + self.wpe(torch.arange(idx.shape[1]))
        for block in self.h:
            x = block(x)
        logits = self.ln_f(x) @ self.wte.weight.T  # tied lm_head: (B, T, V)
        loss = F.cross_entropy(logits.view(-1, VOCAB), targets.view(-1), reduction="none")
        return (loss * mask.view(-1)).sum() / mask.sum()


def bench(shape, steps, batch, seq):
    torch.manual_seed(0)
    model = Gpt2(**SHAPES[shape])
    decay = [p for p in model.parameters() if p.dim() >= 2]
    no_decay = [p for p in model.parameters() if p.dim() < 2]
    opt = torch.optim.AdamW(
        [{"params": decay, "weight_decay": 0.1}, {"params": no_decay, "weight_decay": 0.0}],
        lr=1e-4, betas=(0.9, 0.95),
    )
    idx = torch.randint(0, VOCAB, (batch, seq))
    targets = torch.randint(0, VOCAB, (batch, seq))
    mask = torch.ones(batch, seq)
    n_params = sum(p.numel() for p in model.parameters())
    times = []
    for step in range(-1, steps + 1):  # two warm-up steps, as the ONNX Runtime bench
        t0 = time.perf_counter()
        loss = model(idx, targets, mask)
        opt.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), 1.0)
        opt.step()
        if step > 0:
            times.append(time.perf_counter() - t0)
    best = min(times)
    median = sorted(times)[len(times) // 2]
    return {
        "shape": shape,
        "params": n_params,
        # The fastest step, as `concierge bench train` reports: other processes only ever slow a step down.
        "tokens_per_s": batch * seq / best,
        "median_tokens_per_s": batch * seq / median,
        "step_ms": best * 1000,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
        "final_loss": float(loss),
    }


def gemm_gflops(m=1024, k=768, n=3072, reps=20):
    a, b = torch.randn(m, k), torch.randn(k, n)
    a @ b
    t0 = time.perf_counter()
    for _ in range(reps):
        a @ b
    return 2 * m * k * n * reps / (time.perf_counter() - t0) / 1e9


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shapes", default="distilgpt2,gpt2")
    parser.add_argument("--steps", type=int, default=6)
    parser.add_argument("--batch", type=int, default=8)
    parser.add_argument("--seq", type=int, default=128)
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    out = {"torch": torch.__version__, "threads": args.threads, "gemm_gflops": gemm_gflops(), "results": []}
    for shape in args.shapes.split(","):
        r = bench(shape, args.steps, args.batch, args.seq)
        out["results"].append(r)
        if not args.json:
            print(f"{shape:11s} {r['tokens_per_s']:7.1f} tokens/s  {r['step_ms']:8.0f} ms/step  peak RSS {r['peak_rss_mb']:.0f} MB")
    if args.json:
        print(json.dumps(out))
    else:
        print(f"torch {out['torch']}, {args.threads} threads, GEMM {out['gemm_gflops']:.1f} GFLOP/s")


if __name__ == "__main__":
    main()
