import { ApiProperty } from '@nestjs/swagger';

/** `tokens` in every response that signs someone in. */
export class TokensDto {
  @ApiProperty({
    description: 'JWT (HS256) for `Authorization: Bearer …`; short-lived',
    example: 'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIwMTkzYTJiNC0…',
  })
  accessToken!: string;

  @ApiProperty({
    required: false,
    description:
      'Opaque; exchange it at /auth/refresh. Rotated on every use: keep only the newest. Absent for a cookie ' +
      'session (X-Assay-Session: cookie), where it travels only in the HttpOnly cookie.',
    example: 'Vq3pZ9kQ1m0c8H4Xn2sLwYbF6tRrE7uAaJdKgOeP5iM',
  })
  refreshToken!: string;

  @ApiProperty({ description: 'Seconds until the access token expires', example: 900 })
  expiresIn!: number;
}
