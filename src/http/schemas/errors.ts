import * as v from 'valibot'

/** Every error of the API: `{"error": {"code", "message", "retryable"}}` (src/http/error-response.ts). */
export const ErrorBody = v.pipe(
  v.object({
    error: v.object({
      code: v.pipe(v.string(), v.description('Stable error code.')),
      message: v.pipe(v.string(), v.description('What is wrong and what to fix, in the locale of the answer.')),
      retryable: v.pipe(v.boolean(), v.description('Whether the same request can succeed later (429, 5xx).')),
    }),
  }),
  v.title('Error'),
)
