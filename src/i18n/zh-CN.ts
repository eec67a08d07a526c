/**
 * 简体中文（中国大陆）: `zh.ts` is written for mainland China, so this module only registers it
 * (`zh-CN` finds `zh` through the fallback chain).
 */
import './zh.js';
