import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// Built into the web app's wwwroot; no CDN: every script is bundled.
export default defineConfig({
  plugins: [react()],
  build: { outDir: "../wwwroot", emptyOutDir: true },
});
