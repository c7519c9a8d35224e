// ctxswitch.S — the goroutine context switch (x86-64, System V).
//
// A suspended context is nothing but a stack pointer: rt_ctx_switch pushes
// the callee-saved registers on the running stack, stores the stack pointer
// through its first argument, loads the second as the new stack pointer,
// pops the registers saved there and returns into the other context. The
// caller-saved registers need no care: the C caller assumes the call
// clobbers them. The SSE control word and the x87 control word are not
// saved: neither Go code nor the runtime changes them.
//
// The saved registers lie on the suspended stack itself, above its saved
// stack pointer, so a collector that scans [saved sp, stack top) sees any
// pointer a parked goroutine holds only in a register.
//
// __morestack is what LLVM's split-stack prologue calls when a function's
// frame would go below the limit kept at %fs:0x70 (sched.c sets it for
// every goroutine): escgo's stacks never grow, so it reports Go's stack
// overflow and the program dies — unless the limit is -1, a preemption
// left pending (preempt.c). rt_preempt_entry is where a goroutine
// preempted in Go code resumes.

#if defined(__x86_64__)
        .text

// void rt_ctx_switch(uintptr_t *save_sp, uintptr_t new_sp)
        .globl  rt_ctx_switch
        .type   rt_ctx_switch, @function
rt_ctx_switch:
        .cfi_startproc
        pushq   %rbp
        pushq   %rbx
        pushq   %r12
        pushq   %r13
        pushq   %r14
        pushq   %r15
        movq    %rsp, (%rdi)
        movq    %rsi, %rsp
        popq    %r15
        popq    %r14
        popq    %r13
        popq    %r12
        popq    %rbx
        popq    %rbp
        ret
        .cfi_endproc
        .size   rt_ctx_switch, .-rt_ctx_switch

// The first return of a new goroutine's context (sched.c builds its stack):
// %rbx holds the go statement's func value, %r12 the goroutine. %rbp is 0,
// which ends every frame-pointer walk (traceback.c) here.
        .globl  rt_ctx_entry
        .type   rt_ctx_entry, @function
rt_ctx_entry:
        .cfi_startproc
        .cfi_undefined rip
        movq    %rbx, %rdi
        movq    %r12, %rsi
        call    rt_goroutine_main
        ud2
        .cfi_endproc
        .size   rt_ctx_entry, .-rt_ctx_entry

// Where a faulting goroutine resumes when its fault is a panic
// (signals.c): the faulting pc is the return address on top of the stack,
// so this looks like a call made by the faulting instruction. The frame
// pointer chain goes on through it; the stack is aligned for C.
        .globl  rt_sigpanic_entry
        .type   rt_sigpanic_entry, @function
rt_sigpanic_entry:
        .cfi_startproc
        pushq   %rbp
        movq    %rsp, %rbp
        andq    $-16, %rsp
        call    rt_sigpanic
        ud2
        .cfi_endproc
        .size   rt_sigpanic_entry, .-rt_sigpanic_entry

// With %rbp the frame pointer just pushed: the flags, the caller-saved
// general registers (the callee-saved ones survive a C call) and, with
// XSAVE (preempt.c sizes its area), the x87/SSE/AVX state, on the stack.
        .macro SAVE_LIVE_REGISTERS
        pushfq
        pushq   %rax
        pushq   %rcx
        pushq   %rdx
        pushq   %rsi
        pushq   %rdi
        pushq   %r8
        pushq   %r9
        pushq   %r10
        pushq   %r11
        subq    rt_xsave_size(%rip), %rsp
        andq    $-64, %rsp
        movq    $0, 512(%rsp)           // XRSTOR faults unless the header's reserved bytes are 0
        movq    $0, 520(%rsp)
        movq    $0, 528(%rsp)
        movq    $0, 536(%rsp)
        movq    $0, 544(%rsp)
        movq    $0, 552(%rsp)
        movq    $0, 560(%rsp)
        movq    $0, 568(%rsp)
        movl    $-1, %eax
        movl    $-1, %edx
        xsave64 (%rsp)
        cld
        .endm

        .macro RESTORE_LIVE_REGISTERS
        movl    $-1, %eax
        movl    $-1, %edx
        xrstor64 (%rsp)
        leaq    -80(%rbp), %rsp
        popq    %r11
        popq    %r10
        popq    %r9
        popq    %r8
        popq    %rdi
        popq    %rsi
        popq    %rdx
        popq    %rcx
        popq    %rax
        popfq
        .endm

// Where a goroutine preempted in Go code resumes (preempt.c): as if the
// interrupted instruction had called this, 128 bytes lower (the red zone
// of a leaf function stays intact). The handler could not push the pc
// (the signal frame is there), so it is read from rt_preempt_pc, this
// thread's, before anything can switch threads. Every register the Go code
// may have live is saved on the goroutine's stack — the flags, the
// caller-saved general registers and, with XSAVE, the vector state — then
// rt_preempt_yield runs; the callee-saved ones survive the call itself.
// The frame pointer chain goes on through the interrupted frame, and
// `ret $128` pops the pc and gives back the red zone.
        .globl  rt_preempt_entry
        .type   rt_preempt_entry, @function
rt_preempt_entry:
        leaq    -8(%rsp), %rsp          // the return address's slot (lea: the flags are live)
        pushq   %rax
        movq    rt_preempt_pc@gottpoff(%rip), %rax
        movq    %fs:(%rax), %rax
        movq    %rax, 8(%rsp)
        popq    %rax
        pushq   %rbp
        movq    %rsp, %rbp
        SAVE_LIVE_REGISTERS
        call    rt_preempt_yield
        RESTORE_LIVE_REGISTERS
        popq    %rbp
        ret     $128
        .size   rt_preempt_entry, .-rt_preempt_entry

// Called by a split-stack prologue, on the goroutine's own stack: the limit
// leaves room below it for the report (sched.c, STACK_SLACK).
// A limit word of -1 is no overflow but a preemption left pending
// (preempt.c): the arguments are saved, rt_preempt_at_call yields, and the
// function goes on where libgcc's __morestack would call it, one byte (the
// `ret` after this call) past the return address.
        .globl  __morestack
        .type   __morestack, @function
__morestack:
        .cfi_startproc
        cmpq    $-1, %fs:0x70
        jne     1f
        pushq   %rbp
        movq    %rsp, %rbp
        SAVE_LIVE_REGISTERS
        call    rt_preempt_at_call
        RESTORE_LIVE_REGISTERS
        popq    %rbp
        addq    $1, (%rsp)
        ret
1:      movq    %rsp, %rdi
        andq    $-16, %rsp
        call    rt_stack_overflow
        ud2
        .cfi_endproc
        .size   __morestack, .-__morestack

// The same check for a dynamic alloca (-asan's instrumented frames make
// them): libgcc's version would map a new stack segment.
        .globl  __morestack_allocate_stack_space
        .type   __morestack_allocate_stack_space, @function
__morestack_allocate_stack_space:
        .cfi_startproc
        movq    %rsp, %rdi
        andq    $-16, %rsp
        call    rt_stack_overflow
        ud2
        .cfi_endproc
        .size   __morestack_allocate_stack_space, .-__morestack_allocate_stack_space

#else
#error "escgo's runtime has a context switch for x86-64 only (runtime/ctxswitch.S)"
#endif

        .section .note.GNU-stack,"",@progbits
