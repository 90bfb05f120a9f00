// Package tensors is where the inference engine meets gorgonia's tensor
// library: conversions between the engine's weight views and tensor.Dense.
package tensors
