"""Counts visits in Redis and records each one in PostgreSQL (service names as host names)."""
import os

import psycopg
import redis
from flask import Flask, jsonify

app = Flask(__name__)
cache = redis.Redis(host=os.environ.get("REDIS_HOST", "cache"), port=6379)


def db():
    with open(os.environ["DB_PASSWORD_FILE"]) as f:
        password = f.read().strip()
    return psycopg.connect(
        host=os.environ.get("DB_HOST", "db"),
        dbname=os.environ.get("DB_NAME", "app"),
        user=os.environ.get("DB_USER", "app"),
        password=password,
        connect_timeout=3,
    )


with db() as conn:
    conn.execute("CREATE TABLE IF NOT EXISTS visits (id serial PRIMARY KEY, at timestamptz DEFAULT now())")


@app.get("/")
def index():
    hits = cache.incr("hits")
    with db() as conn:
        conn.execute("INSERT INTO visits DEFAULT VALUES")
        logged = conn.execute("SELECT count(*) FROM visits").fetchone()[0]
    return jsonify(hits=hits, logged_visits=logged, served_by=os.uname().nodename)


@app.get("/health")
def health():
    cache.ping()
    with db() as conn:
        conn.execute("SELECT 1")
    return "ok\n"


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=8000)
