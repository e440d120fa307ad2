-- 0004: the two payments of a technical assistance, recorded by compras from contracting on:
-- the co-payment received from the enterprise and the payment to the provider. Each is the
-- running total in cents with the date of the latest payment; NULL when none was recorded
-- (imported history carries none). PostgreSQL twin of ../0004_at_payments.sql: BIGINT cents, ISO text dates.
ALTER TABLE technical_assistance ADD COLUMN aporte_recibido_centavos BIGINT
  CHECK (aporte_recibido_centavos IS NULL OR aporte_recibido_centavos > 0);
ALTER TABLE technical_assistance ADD COLUMN fecha_aporte TEXT;
ALTER TABLE technical_assistance ADD COLUMN pago_proveedor_centavos BIGINT
  CHECK (pago_proveedor_centavos IS NULL OR pago_proveedor_centavos > 0);
ALTER TABLE technical_assistance ADD COLUMN fecha_pago_proveedor TEXT;
