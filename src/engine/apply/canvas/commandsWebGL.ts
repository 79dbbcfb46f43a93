/**
 * Allow-lists of the WebGL context members a recorded command may use.
 * Names come from event data, so only these are ever called or assigned.
 */

/** WebGL 1 methods that change the context's state or pixels. */
export const WEBGL_METHODS: ReadonlySet<string> = new Set([
  ...['activeTexture', 'attachShader', 'bindAttribLocation', 'bindBuffer'],
  ...['bindFramebuffer', 'bindRenderbuffer', 'bindTexture', 'blendColor'],
  ...['blendEquation', 'blendEquationSeparate', 'blendFunc'],
  ...['blendFuncSeparate', 'bufferData', 'bufferSubData', 'clear'],
  ...['clearColor', 'clearDepth', 'clearStencil', 'colorMask'],
  ...['compileShader', 'compressedTexImage2D', 'compressedTexSubImage2D'],
  ...['copyTexImage2D', 'copyTexSubImage2D', 'createBuffer'],
  ...['createFramebuffer', 'createProgram', 'createRenderbuffer'],
  ...['createShader', 'createTexture', 'cullFace', 'deleteBuffer'],
  ...['deleteFramebuffer', 'deleteProgram', 'deleteRenderbuffer'],
  ...['deleteShader', 'deleteTexture', 'depthFunc', 'depthMask'],
  ...['depthRange', 'detachShader', 'disable', 'disableVertexAttribArray'],
  ...['drawArrays', 'drawElements', 'drawingBufferStorage', 'enable'],
  ...['enableVertexAttribArray', 'framebufferRenderbuffer'],
  ...['framebufferTexture2D', 'frontFace', 'generateMipmap', 'getExtension'],
  ...['getUniformLocation', 'hint', 'lineWidth', 'linkProgram'],
  ...['pixelStorei', 'polygonOffset', 'renderbufferStorage'],
  ...['sampleCoverage', 'scissor', 'shaderSource', 'stencilFunc'],
  ...['stencilFuncSeparate', 'stencilMask', 'stencilMaskSeparate'],
  ...['stencilOp', 'stencilOpSeparate', 'texImage2D', 'texParameterf'],
  ...['texParameteri', 'texSubImage2D', 'useProgram', 'validateProgram'],
  ...['vertexAttribPointer', 'viewport'],
  ...vectorVariants('uniform', ['1', '2', '3', '4'], ['f', 'i']),
  ...['uniformMatrix2fv', 'uniformMatrix3fv', 'uniformMatrix4fv'],
  ...vectorVariants('vertexAttrib', ['1', '2', '3', '4'], ['f']),
]);

/** Methods that WebGL 2 adds and that change state or pixels. */
export const WEBGL2_METHODS: ReadonlySet<string> = new Set([
  ...WEBGL_METHODS,
  ...['beginQuery', 'beginTransformFeedback', 'bindBufferBase'],
  ...['bindBufferRange', 'bindSampler', 'bindTransformFeedback'],
  ...['bindVertexArray', 'blitFramebuffer', 'clearBufferfi'],
  ...['clearBufferfv', 'clearBufferiv', 'clearBufferuiv'],
  ...['compressedTexImage3D', 'compressedTexSubImage3D'],
  ...['copyBufferSubData', 'copyTexSubImage3D', 'createQuery'],
  ...['createSampler', 'createTransformFeedback', 'createVertexArray'],
  ...['deleteQuery', 'deleteSampler', 'deleteSync'],
  ...['deleteTransformFeedback', 'deleteVertexArray'],
  ...['drawArraysInstanced', 'drawBuffers', 'drawElementsInstanced'],
  ...['drawRangeElements', 'endQuery', 'endTransformFeedback', 'fenceSync'],
  ...['framebufferTextureLayer', 'invalidateFramebuffer'],
  ...['invalidateSubFramebuffer', 'pauseTransformFeedback', 'readBuffer'],
  ...['renderbufferStorageMultisample', 'resumeTransformFeedback'],
  ...['samplerParameterf', 'samplerParameteri', 'texImage3D'],
  ...['texStorage2D', 'texStorage3D', 'texSubImage3D'],
  ...['transformFeedbackVaryings', 'uniformBlockBinding'],
  ...vectorVariants('uniform', ['1', '2', '3', '4'], ['ui']),
  ...['uniformMatrix2x3fv', 'uniformMatrix2x4fv', 'uniformMatrix3x2fv'],
  ...['uniformMatrix3x4fv', 'uniformMatrix4x2fv', 'uniformMatrix4x3fv'],
  ...['vertexAttribDivisor', 'vertexAttribI4i', 'vertexAttribI4iv'],
  ...['vertexAttribI4ui', 'vertexAttribI4uiv', 'vertexAttribIPointer'],
]);

/**
 * Methods the recorder logs that only read state, or wait on the GPU:
 * skipped without a call. Their results are never referenced by later
 * commands, so skipping them keeps object indexes aligned.
 */
export const WEBGL_QUERIES: ReadonlySet<string> = new Set([
  ...['checkFramebufferStatus', 'finish', 'flush', 'getActiveAttrib'],
  ...['getActiveUniform', 'getAttachedShaders', 'getAttribLocation'],
  ...['getBufferParameter', 'getContextAttributes', 'getError'],
  ...['getFramebufferAttachmentParameter', 'getParameter'],
  ...['getProgramInfoLog', 'getProgramParameter'],
  ...['getRenderbufferParameter', 'getShaderInfoLog', 'getShaderParameter'],
  ...['getShaderPrecisionFormat', 'getShaderSource'],
  ...['getSupportedExtensions', 'getTexParameter', 'getUniform'],
  ...['getVertexAttrib', 'getVertexAttribOffset', 'isBuffer'],
  ...['isContextLost', 'isEnabled', 'isFramebuffer', 'isProgram'],
  ...['isRenderbuffer', 'isShader', 'isTexture', 'makeXRCompatible'],
  ...['readPixels', 'clientWaitSync', 'getActiveUniformBlockName'],
  ...['getActiveUniformBlockParameter', 'getActiveUniforms'],
  ...['getBufferSubData', 'getFragDataLocation', 'getIndexedParameter'],
  ...['getInternalformatParameter', 'getQuery', 'getQueryParameter'],
  ...['getSamplerParameter', 'getSyncParameter'],
  ...['getTransformFeedbackVarying', 'getUniformBlockIndex'],
  ...['getUniformIndices', 'isQuery', 'isSampler', 'isSync'],
  ...['isTransformFeedback', 'isVertexArray', 'waitSync'],
]);

/** Writable WebGL context properties, of string values. */
export const WEBGL_SETTERS: ReadonlySet<string> = new Set([
  'drawingBufferColorSpace',
  'unpackColorSpace',
]);

/**
 * WebGL object types that commands refer to as `{rr_type, index}`: the
 * index counts, per context and type, the objects in creation order.
 */
export const WEBGL_OBJECT_TYPES: ReadonlySet<string> = new Set([
  ...['WebGLBuffer', 'WebGLFramebuffer', 'WebGLProgram', 'WebGLQuery'],
  ...['WebGLRenderbuffer', 'WebGLSampler', 'WebGLShader', 'WebGLSync'],
  ...['WebGLTexture', 'WebGLTransformFeedback', 'WebGLUniformLocation'],
  'WebGLVertexArrayObject',
]);

/** `uniform1f`, `uniform1fv`, … for the given sizes and element types. */
function vectorVariants(
  prefix: string,
  sizes: string[],
  types: string[],
): string[] {
  return sizes.flatMap((size) =>
    types.flatMap((type) => [
      `${prefix}${size}${type}`,
      `${prefix}${size}${type}v`,
    ]),
  );
}
