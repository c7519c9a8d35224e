// The Computer Language Benchmarks Game's n-body: five bodies, 10,000
// steps per op. Floating point and a 5-element array of structs; it
// allocates nothing, so it compares the code generators alone.
package nbody

import "math"

const (
	solarMass   = 4 * math.Pi * math.Pi
	daysPerYear = 365.24
)

type Body struct {
	x, y, z, vx, vy, vz, mass float64
}

type System struct {
	bodies [5]Body
}

func newSystem() System {
	var s System
	s.bodies[0] = Body{0, 0, 0, 0, 0, 0, solarMass}
	s.bodies[1] = Body{4.84143144246472090e+00, -1.16032004402742839e+00, -1.03622044471123109e-01,
		1.66007664274403694e-03 * daysPerYear, 7.69901118419740425e-03 * daysPerYear,
		-6.90460016972063023e-05 * daysPerYear, 9.54791938424326609e-04 * solarMass}
	s.bodies[2] = Body{8.34336671824457987e+00, 4.12479856412430479e+00, -4.03523417114321381e-01,
		-2.76742510726862411e-03 * daysPerYear, 4.99852801234917238e-03 * daysPerYear,
		2.30417297573763929e-05 * daysPerYear, 2.85885980666130812e-04 * solarMass}
	s.bodies[3] = Body{1.28943695621391310e+01, -1.51111514016986312e+01, -2.23307578892655734e-01,
		2.96460137564761618e-03 * daysPerYear, 2.37847173959480950e-03 * daysPerYear,
		-2.96589568540237556e-05 * daysPerYear, 4.36624404335156298e-05 * solarMass}
	s.bodies[4] = Body{1.53796971148509165e+01, -2.59193146099879641e+01, 1.79258772950371181e-01,
		2.68067772490389322e-03 * daysPerYear, 1.62824170038242295e-03 * daysPerYear,
		-9.51592254519715870e-05 * daysPerYear, 5.15138902046611451e-05 * solarMass}
	var px, py, pz float64
	for _, b := range s.bodies {
		px += b.vx * b.mass
		py += b.vy * b.mass
		pz += b.vz * b.mass
	}
	s.bodies[0].vx = -px / solarMass
	s.bodies[0].vy = -py / solarMass
	s.bodies[0].vz = -pz / solarMass
	return s
}

//go:noinline
func (s *System) advance(dt float64) {
	for i := 0; i < len(s.bodies); i++ {
		bi := &s.bodies[i]
		for j := i + 1; j < len(s.bodies); j++ {
			bj := &s.bodies[j]
			dx := bi.x - bj.x
			dy := bi.y - bj.y
			dz := bi.z - bj.z
			d2 := dx*dx + dy*dy + dz*dz
			mag := dt / (d2 * math.Sqrt(d2))
			bi.vx -= dx * bj.mass * mag
			bi.vy -= dy * bj.mass * mag
			bi.vz -= dz * bj.mass * mag
			bj.vx += dx * bi.mass * mag
			bj.vy += dy * bi.mass * mag
			bj.vz += dz * bi.mass * mag
		}
	}
	for i := 0; i < len(s.bodies); i++ {
		b := &s.bodies[i]
		b.x += dt * b.vx
		b.y += dt * b.vy
		b.z += dt * b.vz
	}
}

//go:noinline
func (s *System) energy() float64 {
	e := 0.0
	for i := 0; i < len(s.bodies); i++ {
		b := &s.bodies[i]
		e += 0.5 * b.mass * (b.vx*b.vx + b.vy*b.vy + b.vz*b.vz)
		for j := i + 1; j < len(s.bodies); j++ {
			b2 := &s.bodies[j]
			dx := b.x - b2.x
			dy := b.y - b2.y
			dz := b.z - b2.z
			e -= (b.mass * b2.mass) / math.Sqrt(dx*dx+dy*dy+dz*dz)
		}
	}
	return e
}

//go:noinline
func simulate(steps int) float64 {
	s := newSystem()
	for i := 0; i < steps; i++ {
		s.advance(0.01)
	}
	return s.energy()
}
