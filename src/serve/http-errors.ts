/**
 * Errors of the HTTP API as JSON `{statusCode, error, code, message}`: a thrown `HttpError`,
 * a busy server or an overrun time budget (503 with Retry-After), and fastify's and ajv's
 * errors put in words a client can act on.
 */
import type { FastifyError, FastifyReply } from 'fastify';
import { BudgetExceededError, OverloadedError } from './limiter.js';
import type { Limiter } from './limiter.js';
import { LtRequestError } from './languagetool.js';
import type { ServeOptions } from './options.js';

export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    message: string,
    readonly code = 'FACTLINT_BAD_REQUEST',
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  413: 'Payload Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Entity',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function sendError(reply: FastifyReply, statusCode: number, code: string, message: string): FastifyReply {
  return reply.code(statusCode).type('application/json; charset=utf-8').send({ statusCode, error: STATUS_TEXT[statusCode] ?? 'Error', code, message });
}

/** ajv's errors in words a client can act on. */
function validationMessage(error: FastifyError): string {
  const first = error.validation?.[0];
  if (!first) return error.message;
  const where = `${error.validationContext ?? 'body'}${first.instancePath.replace(/\//g, '.')}`;
  const params = first.params as Record<string, unknown>;
  switch (first.keyword) {
    case 'additionalProperties':
      return `${where} has an unknown field "${String(params.additionalProperty)}"`;
    case 'required':
      return `${where} is missing the field "${String(params.missingProperty)}"`;
    case 'enum':
      return `${where} must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'pattern':
      return `${where} must be a date written YYYY-MM-DD`;
    case 'minLength':
      return `${where} must not be empty`;
    case 'type':
      return `${where} must be ${params.type === 'object' ? 'an object' : params.type === 'array' ? 'an array' : `a ${String(params.type)}`}`;
    default:
      return `${where} ${first.message ?? 'is invalid'}`;
  }
}

export function toHttpError(error: FastifyError | Error, options: ServeOptions, limiter: Limiter): { status: number; code: string; message: string; retryAfter?: number } {
  if (error instanceof HttpError) return { status: error.statusCode, code: error.code, message: error.message };
  if (error instanceof OverloadedError) return { status: 503, code: 'FACTLINT_BUSY', message: error.message, retryAfter: error.retryAfterSeconds };
  if (error instanceof BudgetExceededError) return { status: 503, code: 'FACTLINT_TIME_BUDGET', message: error.message, retryAfter: limiter.retryAfterSeconds() };
  if (error instanceof LtRequestError) return { status: 400, code: 'FACTLINT_BAD_REQUEST', message: error.message };
  const fastifyError = error as FastifyError;
  if (fastifyError.validation) return { status: 400, code: 'FACTLINT_INVALID_REQUEST', message: validationMessage(fastifyError) };
  switch (fastifyError.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return { status: 413, code: fastifyError.code, message: `the request body is larger than the server's limit of ${options.bodyLimit} bytes` };
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return { status: 415, code: fastifyError.code, message: 'unsupported Content-Type: send application/json (or application/x-www-form-urlencoded to /v2/check)' };
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return { status: 400, code: 'FACTLINT_INVALID_JSON', message: 'the request body is not valid JSON' };
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return { status: 400, code: fastifyError.code, message: 'the request body is empty: send a JSON object' };
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return { status: 400, code: fastifyError.code, message: 'the Content-Length header does not match the body' };
  }
  if (fastifyError.statusCode === 400 && error instanceof SyntaxError) return { status: 400, code: 'FACTLINT_INVALID_JSON', message: `the request body is not valid JSON (${error.message})` };
  if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return { status: fastifyError.statusCode, code: fastifyError.code ?? 'FACTLINT_BAD_REQUEST', message: fastifyError.message };
  }
  return { status: 500, code: 'FACTLINT_INTERNAL', message: 'the analysis failed inside factlint; please report this bug' };
}
