# dondoc: the service image. Production dependencies only, run as the unprivileged "node" user,
# Node 20 (engines: >=20.19). Give it REDIS_URL (docker-compose.yml does): the image carries no
# redis-server, and without REDIS_URL dondoc says how to get one and exits 2.

# 1. Dependencies, without the dev ones (vitest, typescript, playwright-core stay out).
FROM node:20-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

# 2. The runtime: the dependencies and the sources, nothing else (no tests, no .git).
FROM node:20-bookworm-slim
ENV NODE_ENV=production PORT=8080
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY package.json package-lock.json tsconfig.json ./
COPY src ./src
COPY jobs ./jobs
COPY locales ./locales
COPY data ./data
USER node
EXPOSE 8080
# 200 while Redis answers; 503 when it does not (the process itself stays up and recovers).
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# node is PID 1 (exec form, no shell, no npm): `docker stop` sends SIGTERM to dondoc itself, which drains and exits 0.
STOPSIGNAL SIGTERM
CMD ["node", "--import", "tsx", "src/main.ts"]
