import {
	Conv2DBackpropFilter,
	Conv3DBackpropFilterV2,
	getKernel,
	registerKernel,
	type Conv2DBackpropFilterAttrs,
	type KernelFunc,
	type NamedAttrMap,
	type TensorInfo,
} from '@tensorflow/tfjs-core';

/**
 * tfjs 4.22's wasm backend has no Conv2DBackpropFilter kernel, so training
 * any conv layer on wasm fails. A 2-D convolution is a 3-D one with depth 1,
 * and wasm does have Conv3DBackpropFilterV2: this kernel hands the same
 * buffers to it under 5-D shapes (no copy; shapes are only metadata).
 *
 * Only stride 1 is supported: routed this way, stride 2 gave wrong
 * gradients (measured against the cpu backend), so the lab's network
 * downsamples with pooling instead, and other strides throw.
 */
export function registerWasmConv2DBackpropFilter(): void {
	if (getKernel(Conv2DBackpropFilter, 'wasm')) return;
	const conv3dFilter = getKernel(Conv3DBackpropFilterV2, 'wasm');
	if (!conv3dFilter) throw new Error('registerWasmConv2DBackpropFilter: the wasm backend has no Conv3DBackpropFilterV2 kernel to route to');
	const kernelFunc: KernelFunc = ({ inputs, backend, attrs }) => {
		const { x, dy } = inputs as { x: TensorInfo; dy: TensorInfo };
		const { strides, pad, dataFormat, dimRoundingMode, filterShape } = attrs as unknown as Conv2DBackpropFilterAttrs;
		const [strideHeight, strideWidth] = typeof strides === 'number' ? [strides, strides] : strides;
		if (strideHeight !== 1 || strideWidth !== 1) {
			throw new Error(`Conv2DBackpropFilter (wasm, lab kernel): only stride 1 is supported, got strides [${strideHeight}, ${strideWidth}]; downsample with pooling instead`);
		}
		if (dataFormat !== 'NHWC') throw new Error(`Conv2DBackpropFilter (wasm, lab kernel): only NHWC is supported, got ${dataFormat}`);
		if (typeof pad !== 'string') throw new Error(`Conv2DBackpropFilter (wasm, lab kernel): only 'same' or 'valid' padding is supported, got ${JSON.stringify(pad)}`);
		if (dimRoundingMode !== undefined && dimRoundingMode !== null) {
			throw new Error(`Conv2DBackpropFilter (wasm, lab kernel): dimRoundingMode is not supported, got ${dimRoundingMode}`);
		}
		const [batch, height, width, channels] = x.shape as [number, number, number, number];
		const [, outHeight, outWidth, outChannels] = dy.shape as [number, number, number, number];
		const x5: TensorInfo = { dataId: x.dataId, shape: [batch, 1, height, width, channels], dtype: x.dtype };
		const dy5: TensorInfo = { dataId: dy.dataId, shape: [batch, 1, outHeight, outWidth, outChannels], dtype: dy.dtype };
		const attrs3d = { strides: [1, 1, 1], pad, filterShape: [1, ...filterShape] } as unknown as NamedAttrMap;
		const dw5 = conv3dFilter.kernelFunc({ inputs: { x: x5, dy: dy5 }, backend, attrs: attrs3d }) as TensorInfo;
		return { dataId: dw5.dataId, shape: [...filterShape], dtype: dw5.dtype };
	};
	registerKernel({ kernelName: Conv2DBackpropFilter, backendName: 'wasm', kernelFunc });
}
