# syntax=docker/dockerfile:1.7
# One image for both processes; the command picks `api` or `worker`:
#   docker run assay api    |    docker run assay worker

FROM node:20.19-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund

FROM deps AS build
COPY tsconfig.json tsconfig.build.json nest-cli.json ./
COPY scripts ./scripts
COPY apps ./apps
COPY libs ./libs
RUN npm run build && npm prune --omit=dev

FROM node:20.19-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
RUN groupadd --system assay && useradd --system --gid assay --home /app assay
COPY --from=build --chown=assay:assay /app/node_modules ./node_modules
COPY --from=build --chown=assay:assay /app/dist ./dist
COPY --from=build --chown=assay:assay /app/apps/web/dist ./apps/web/dist
COPY --from=build --chown=assay:assay /app/package.json ./package.json
COPY --chown=assay:assay docker/entrypoint.sh /usr/local/bin/assay
USER assay
EXPOSE 3000 3001
# The API answers on PORT; the worker serves its health on WORKER_PORT. The entrypoint caps the main
# thread's V8 heap (--max-old-space-size: 1024 MiB api, 512 MiB worker; ASSAY_MAX_OLD_SPACE_MB overrides);
# run the worker with a container memory limit that fits its sandbox threads (docker-compose.yml: 2 GiB
# for GRADING_THREADS=2; docs/decisions/0113-worker-memory-budget.md).
HEALTHCHECK --interval=10s --timeout=3s --start-period=30s --retries=3 \
  CMD node -e "const p=process.argv[1]==='worker'?process.env.WORKER_PORT||3001:process.env.PORT||3000;fetch('http://127.0.0.1:'+p+'/health/ready').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))" "$ASSAY_ROLE"
ENTRYPOINT ["assay"]
CMD ["api"]
